package io.supportcenter.persistence.dashboard;

import io.supportcenter.domain.dashboard.DashboardRepository;
import io.supportcenter.domain.inquiry.Author;
import io.supportcenter.domain.inquiry.InquiryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaDashboardRepository implements DashboardRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaDashboardRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaDashboardRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<Long, Long> openByTeam(Instant sentAfter, Instant sentNotAfter) {
        TypedQuery<Object[]> query = em.createQuery("SELECT i.team.id, COUNT(i) FROM Inquiry i WHERE i.status <> :closed"
                + " AND i.submittedAt <= :notAfter" + (sentAfter == null ? "" : " AND i.submittedAt > :after")
                + " GROUP BY i.team.id", Object[].class)
                .setParameter("closed", InquiryStatus.CLOSED)
                .setParameter("notAfter", sentNotAfter);
        if (sentAfter != null) {
            query.setParameter("after", sentAfter);
        }
        return byTeam(query);
    }

    @Override
    public Map<Long, Long> submittedByTeam(Instant start, Instant end) {
        return byTeam(em.createQuery("SELECT i.team.id, COUNT(i) FROM Inquiry i"
                        + " WHERE i.submittedAt >= :start AND i.submittedAt < :end GROUP BY i.team.id", Object[].class)
                .setParameter("start", start).setParameter("end", end));
    }

    @Override
    public List<FirstResponse> firstResponses(Instant start, Instant end) {
        return em.createQuery("SELECT i.team.id, i.submittedAt, i.firstRespondedAt FROM Inquiry i"
                        + " WHERE i.firstRespondedAt >= :start AND i.firstRespondedAt < :end", Object[].class)
                .setParameter("start", start).setParameter("end", end)
                .getResultStream()
                .map(row -> new FirstResponse(((Number) row[0]).longValue(), (Instant) row[1], (Instant) row[2]))
                .toList();
    }

    @Override
    public Map<Long, Long> autoClosedByTeam(Instant start, Instant end) {
        return byTeam(em.createQuery("SELECT c.inquiry.team.id, COUNT(c) FROM StateChange c WHERE c.to = :closed"
                        + " AND c.actor = :system AND c.at >= :start AND c.at < :end GROUP BY c.inquiry.team.id", Object[].class)
                .setParameter("closed", InquiryStatus.CLOSED).setParameter("system", Author.SYSTEM.reference())
                .setParameter("start", start).setParameter("end", end));
    }

    @Override
    public Map<Long, Long> reopenedByTeam(Instant start, Instant end) {
        return byTeam(em.createQuery("SELECT c.inquiry.team.id, COUNT(c) FROM StateChange c WHERE c.from = :closed"
                        + " AND c.to <> :closed AND c.at >= :start AND c.at < :end GROUP BY c.inquiry.team.id", Object[].class)
                .setParameter("closed", InquiryStatus.CLOSED)
                .setParameter("start", start).setParameter("end", end));
    }

    @Override
    public Map<Long, Long> deflectedByTeam(Instant start, Instant end) {
        Map<Long, Long> counts = byTeam(em.createQuery("SELECT c.team.id, COUNT(d) FROM Deflection d, Category c"
                        + " WHERE d.categoryId = c.id AND d.deflectedAt >= :start AND d.deflectedAt < :end GROUP BY c.team.id",
                        Object[].class)
                .setParameter("start", start).setParameter("end", end));
        long withoutCategory = em.createQuery("SELECT COUNT(d) FROM Deflection d WHERE d.categoryId IS NULL"
                        + " AND d.deflectedAt >= :start AND d.deflectedAt < :end", Long.class)
                .setParameter("start", start).setParameter("end", end)
                .getSingleResult();
        if (withoutCategory > 0) {
            counts.put(null, withoutCategory);
        }
        return counts;
    }

    private static Map<Long, Long> byTeam(TypedQuery<Object[]> query) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
