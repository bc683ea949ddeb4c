package io.supportcenter.persistence.auth;

import io.supportcenter.domain.auth.LoginHelpRequest;
import io.supportcenter.domain.auth.LoginHelpRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;

@ApplicationScoped
public class JpaLoginHelpRequestRepository implements LoginHelpRequestRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaLoginHelpRequestRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaLoginHelpRequestRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(LoginHelpRequest request) {
        em.persist(request);
    }

    @Override
    public long countForEmailAndClientSince(String email, String clientAddress, Instant since) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(r) FROM LoginHelpRequest r WHERE r.email = :email AND r.requestedAt > :since"
                + (clientAddress == null ? " AND r.clientAddress IS NULL" : " AND r.clientAddress = :client"), Long.class)
                .setParameter("email", email).setParameter("since", since);
        if (clientAddress != null) {
            query.setParameter("client", clientAddress);
        }
        return query.getSingleResult();
    }

    @Override
    public long countForClientSince(String clientAddress, Instant since) {
        return em.createQuery("SELECT COUNT(r) FROM LoginHelpRequest r WHERE r.clientAddress = :client AND r.requestedAt > :since", Long.class)
                .setParameter("client", clientAddress).setParameter("since", since).getSingleResult();
    }
}
