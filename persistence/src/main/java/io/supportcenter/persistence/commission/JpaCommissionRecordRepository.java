package io.supportcenter.persistence.commission;

import io.supportcenter.domain.commission.CommissionRecord;
import io.supportcenter.domain.commission.CommissionRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaCommissionRecordRepository implements CommissionRecordRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaCommissionRecordRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaCommissionRecordRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<CommissionRecord> findByExternalId(String externalId) {
        return Optional.ofNullable(em.find(CommissionRecord.class, externalId));
    }

    @Override
    public void add(CommissionRecord record) {
        em.persist(record);
    }
}
