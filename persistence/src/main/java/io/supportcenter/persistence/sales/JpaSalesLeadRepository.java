package io.supportcenter.persistence.sales;

import io.supportcenter.domain.sales.SalesLead;
import io.supportcenter.domain.sales.SalesLeadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaSalesLeadRepository implements SalesLeadRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaSalesLeadRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaSalesLeadRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(SalesLead lead) {
        em.persist(lead);
    }

    @Override
    public List<SalesLead> newestFirst(int offset, int limit) {
        return em.createQuery("SELECT l FROM SalesLead l ORDER BY l.receivedAt DESC, l.id DESC", SalesLead.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(l) FROM SalesLead l", Long.class).getSingleResult();
    }

    @Override
    public long countFromClientSince(String clientAddress, Instant since) {
        return em.createQuery("SELECT COUNT(l) FROM SalesLead l WHERE l.clientAddress = :client AND l.receivedAt >= :since", Long.class)
                .setParameter("client", clientAddress).setParameter("since", since).getSingleResult();
    }
}
