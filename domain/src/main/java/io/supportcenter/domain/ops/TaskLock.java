package io.supportcenter.domain.ops;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A row that nodes lock before doing a task that must happen once across the cluster (loading demo
 * data, later the scheduled jobs). Whoever holds the row lock does the work and records when it
 * finished; a node that waited on the lock then sees it done.
 */
@Entity
@Table(name = "task_lock")
public class TaskLock {

    @Id
    @Column(name = "name", length = 80)
    private String name;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected TaskLock() {
        // for JPA
    }

    public TaskLock(String name) {
        this.name = name;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public void complete(Instant at) {
        this.completedAt = at;
    }

    public String getName() {
        return name;
    }

    public Optional<Instant> getCompletedAt() {
        return Optional.ofNullable(completedAt);
    }
}
