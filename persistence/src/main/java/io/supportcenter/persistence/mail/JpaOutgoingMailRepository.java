package io.supportcenter.persistence.mail;

import io.supportcenter.domain.mail.MailStatus;
import io.supportcenter.domain.mail.OutgoingMail;
import io.supportcenter.domain.mail.OutgoingMailRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOutgoingMailRepository implements OutgoingMailRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaOutgoingMailRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaOutgoingMailRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(OutgoingMail mail) {
        em.persist(mail);
    }

    @Override
    public Optional<OutgoingMail> findById(long id) {
        return Optional.ofNullable(em.find(OutgoingMail.class, id));
    }

    @Override
    public List<Long> findDue(Instant now, int limit) {
        return em.createQuery("SELECT m.id FROM OutgoingMail m WHERE m.status = :pending AND m.nextAttemptAt <= :now"
                        + " AND (m.claimedUntil IS NULL OR m.claimedUntil < :now) ORDER BY m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /*
     * One conditional UPDATE: the database serialises concurrent claims on the row, and only the
     * update that still finds it unclaimed changes it. The version is raised so that a stale copy of
     * the row elsewhere cannot overwrite the claim.
     */
    @Override
    public boolean claim(long id, String node, Instant now, Instant until) {
        int changed = em.createQuery("UPDATE OutgoingMail m SET m.claimedBy = :node, m.claimedUntil = :until,"
                        + " m.version = m.version + 1 WHERE m.id = :id AND m.status = :pending"
                        + " AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)")
                .setParameter("node", node)
                .setParameter("until", until)
                .setParameter("id", id)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now)
                .executeUpdate();
        return changed == 1;
    }

    @Override
    public List<OutgoingMail> newest(int offset, int limit) {
        return em.createQuery("SELECT m FROM OutgoingMail m ORDER BY m.createdAt DESC, m.id DESC", OutgoingMail.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(m) FROM OutgoingMail m", Long.class).getSingleResult();
    }

    @Override
    public Unsent unsent() {
        long pending = 0;
        long failed = 0;
        Instant oldest = null;
        for (Object[] row : em.createQuery("SELECT m.status, COUNT(m), MIN(m.createdAt) FROM OutgoingMail m WHERE m.status <> :sent"
                + " GROUP BY m.status", Object[].class).setParameter("sent", MailStatus.SENT).getResultList()) {
            long count = ((Number) row[1]).longValue();
            if (row[0] == MailStatus.FAILED) {
                failed += count;
            } else {
                pending += count;
            }
            Instant first = (Instant) row[2];
            oldest = oldest == null || first.isBefore(oldest) ? first : oldest;
        }
        return new Unsent(pending, failed, java.util.Optional.ofNullable(oldest));
    }
}
