package io.supportcenter.persistence.policy;

import io.supportcenter.domain.policy.Policy;
import io.supportcenter.domain.policy.PolicySetting;
import io.supportcenter.domain.policy.PolicySettingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPolicySettingRepository implements PolicySettingRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaPolicySettingRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaPolicySettingRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<PolicySetting> findAll() {
        return em.createQuery("SELECT s FROM PolicySetting s", PolicySetting.class).getResultList();
    }

    @Override
    public Optional<PolicySetting> find(Policy policy) {
        return Optional.ofNullable(em.find(PolicySetting.class, policy));
    }

    @Override
    public void add(PolicySetting setting) {
        em.persist(setting);
    }

    @Override
    public void remove(PolicySetting setting) {
        em.remove(setting);
    }
}
