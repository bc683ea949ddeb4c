package io.supportcenter.persistence.audit;

import io.supportcenter.domain.audit.AuditEvent;
import io.supportcenter.domain.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

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
    public List<AuditEvent> newest(int offset, int limit) {
        return em.createQuery("SELECT e FROM AuditEvent e ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e", Long.class).getSingleResult();
    }
}
