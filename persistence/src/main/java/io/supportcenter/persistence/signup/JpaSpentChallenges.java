package io.supportcenter.persistence.signup;

import io.supportcenter.domain.auth.SpentChallenges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;

/** Spent challenges as rows of {@code spent_challenge}: a few bytes each, gone once they could no longer be sent. */
@ApplicationScoped
public class JpaSpentChallenges implements SpentChallenges {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaSpentChallenges() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaSpentChallenges(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean spend(String challenge, Instant expires, Instant now) {
        em.createNativeQuery("DELETE FROM spent_challenge WHERE expires_at < ?1").setParameter(1, now.atOffset(ZoneOffset.UTC)).executeUpdate();
        if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM spent_challenge WHERE challenge = ?1")
                .setParameter(1, challenge).getSingleResult()).longValue() > 0) {
            return false;
        }
        // Two sign-ups with one challenge at the same moment: the second insert fails on the key and its transaction ends.
        em.createNativeQuery("INSERT INTO spent_challenge (challenge, expires_at) VALUES (?1, ?2)")
                .setParameter(1, challenge).setParameter(2, expires.atOffset(ZoneOffset.UTC)).executeUpdate();
        return true;
    }
}
