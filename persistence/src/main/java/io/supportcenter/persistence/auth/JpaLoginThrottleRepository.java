package io.supportcenter.persistence.auth;

import io.supportcenter.domain.auth.LoginThrottle;
import io.supportcenter.domain.auth.LoginThrottleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaLoginThrottleRepository implements LoginThrottleRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaLoginThrottleRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaLoginThrottleRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<LoginThrottle> findForUpdate(String key) {
        return Optional.ofNullable(em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<LoginThrottle> find(String key) {
        return Optional.ofNullable(em.find(LoginThrottle.class, key));
    }

    @Override
    public void add(LoginThrottle throttle) {
        em.persist(throttle);
    }

    @Override
    public void clearClientsOf(String key) {
        String prefix = key.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "|%";
        em.createQuery("SELECT t FROM LoginThrottle t WHERE t.key LIKE :prefix ESCAPE '!'", LoginThrottle.class)
                .setParameter("prefix", prefix).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .forEach(LoginThrottle::clear);
    }
}
