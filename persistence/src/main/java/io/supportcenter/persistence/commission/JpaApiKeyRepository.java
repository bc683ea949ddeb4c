package io.supportcenter.persistence.commission;

import io.supportcenter.domain.commission.ApiKey;
import io.supportcenter.domain.commission.ApiKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaApiKeyRepository implements ApiKeyRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaApiKeyRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaApiKeyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(ApiKey key) {
        em.persist(key);
    }

    @Override
    public Optional<ApiKey> findById(long id) {
        return Optional.ofNullable(em.find(ApiKey.class, id));
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return em.createQuery("SELECT k FROM ApiKey k WHERE k.keyHash = :hash", ApiKey.class)
                .setParameter("hash", keyHash).getResultStream().findFirst();
    }

    @Override
    public List<ApiKey> findAll() {
        return em.createQuery("SELECT k FROM ApiKey k ORDER BY k.createdAt DESC, k.id DESC", ApiKey.class).getResultList();
    }
}
