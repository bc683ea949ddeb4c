package io.supportcenter.persistence.ops;

import io.supportcenter.domain.ops.TaskLock;
import io.supportcenter.domain.ops.TaskLockRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Locks with {@code SELECT ... FOR UPDATE}, which both H2 and PostgreSQL honour across connections. */
@ApplicationScoped
public class JpaTaskLockRepository implements TaskLockRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaTaskLockRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaTaskLockRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public TaskLock lock(String name) {
        TaskLock lock = em.find(TaskLock.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (lock == null) {
            // Known tasks get their row from a migration; a new one is created (a racing twin fails on the key).
            lock = new TaskLock(name);
            em.persist(lock);
            em.flush();
        }
        return lock;
    }
}
