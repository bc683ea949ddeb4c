package io.supportcenter.persistence.ops;

import io.supportcenter.domain.ops.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Leases as rows of {@code job_lease}, taken by one conditional update (the database decides between two nodes);
 * a job without a row gets one on its first call.
 */
@ApplicationScoped
public class JpaJobLeases implements JobLeases {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaJobLeases() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaJobLeases(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquire(String job, String holder, Instant now, Duration ttl) {
        int taken = em.createNativeQuery("UPDATE job_lease SET holder = ?1, expires_at = ?2 WHERE job = ?3"
                        + " AND (holder IS NULL OR holder = ?1 OR expires_at <= ?4)")
                .setParameter(1, holder).setParameter(2, at(now.plus(ttl))).setParameter(3, job).setParameter(4, at(now))
                .executeUpdate();
        if (taken == 1) {
            return true;
        }
        if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM job_lease WHERE job = ?1").setParameter(1, job)
                .getSingleResult()).longValue() > 0) {
            return false;
        }
        // A twin inserting at once fails on the key, and that node's run is skipped.
        em.createNativeQuery("INSERT INTO job_lease (job, holder, expires_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, job).setParameter(2, holder).setParameter(3, at(now.plus(ttl))).executeUpdate();
        return true;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job, String holder, Instant now) {
        em.createNativeQuery("UPDATE job_lease SET holder = NULL, expires_at = ?1 WHERE job = ?2 AND holder = ?3")
                .setParameter(1, at(now)).setParameter(2, job).setParameter(3, holder).executeUpdate();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
