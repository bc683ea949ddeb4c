package io.supportcenter.persistence.signup;

import io.supportcenter.domain.signup.SignUpRequest;
import io.supportcenter.domain.signup.SignUpRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

@ApplicationScoped
public class JpaSignUpRequestRepository implements SignUpRequestRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaSignUpRequestRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaSignUpRequestRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(SignUpRequest request) {
        em.persist(request);
    }

    @Override
    public long countForMailboxSince(String mailbox, Instant since) {
        return em.createQuery("SELECT COUNT(r) FROM SignUpRequest r WHERE r.mailbox = :mailbox AND r.requestedAt > :since", Long.class)
                .setParameter("mailbox", mailbox).setParameter("since", since).getSingleResult();
    }

    @Override
    public long countForClientSince(String clientAddress, Instant since) {
        return em.createQuery("SELECT COUNT(r) FROM SignUpRequest r WHERE r.clientAddress = :client AND r.requestedAt > :since", Long.class)
                .setParameter("client", clientAddress).setParameter("since", since).getSingleResult();
    }
}
