package io.supportcenter.domain.ops;

/** Port to the task locks; implemented in the persistence module with a pessimistic row lock. */
public interface TaskLockRepository {

    /**
     * Locks the named task's row until the current transaction ends, creating the row if needed;
     * a second caller waits for the first to commit.
     */
    TaskLock lock(String name);
}
