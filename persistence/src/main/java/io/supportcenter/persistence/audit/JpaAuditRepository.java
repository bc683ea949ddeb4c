package io.supportcenter.persistence.audit;

import io.supportcenter.domain.audit.AuditCriteria;
import io.supportcenter.domain.audit.AuditEvent;
import io.supportcenter.domain.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaAuditRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaAuditRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> find(AuditCriteria criteria, int offset, int limit) {
        return bind(em.createQuery("SELECT e FROM AuditEvent e" + where(criteria) + " ORDER BY e.occurredAt DESC, e.id DESC",
                AuditEvent.class), criteria).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(AuditCriteria criteria) {
        return bind(em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where(criteria), Long.class), criteria).getSingleResult();
    }

    /** Only the conditions asked for, so that the database can use its indexes on action and time. */
    private static String where(AuditCriteria criteria) {
        List<String> conditions = new ArrayList<>();
        if (criteria.action() != null) {
            conditions.add("e.action = :action");
        }
        if (criteria.actor() != null) {
            conditions.add("e.actor = :actor");
        }
        if (criteria.subject() != null) {
            conditions.add("LOWER(e.subject) LIKE :subject ESCAPE '\\'");
        }
        if (criteria.from() != null) {
            conditions.add("e.occurredAt >= :from");
        }
        if (criteria.until() != null) {
            conditions.add("e.occurredAt < :until");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, AuditCriteria criteria) {
        if (criteria.action() != null) {
            query.setParameter("action", criteria.action());
        }
        if (criteria.actor() != null) {
            query.setParameter("actor", criteria.actor());
        }
        if (criteria.subject() != null) {
            String literal = criteria.subject().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            query.setParameter("subject", "%" + literal + "%");
        }
        if (criteria.from() != null) {
            query.setParameter("from", criteria.from());
        }
        if (criteria.until() != null) {
            query.setParameter("until", criteria.until());
        }
        return query;
    }
}
