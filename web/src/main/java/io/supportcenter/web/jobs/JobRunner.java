package io.supportcenter.web.jobs;

import io.supportcenter.domain.ops.JobLeases;
import io.supportcenter.web.health.JobRuns;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one job once: never twice at a time on this node, under the job's lease when it runs once across all nodes,
 * counted on /metrics ({@link JobRuns}). An idle run logs nothing; a failing job logs one WARNING when it starts
 * failing and one INFO line when it works again (each failure in between only at FINE, with its stack trace).
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());
    /**
     * A killed node's lease blocks the job this long at most; a run outliving its lease only means two nodes work at
     * once for a while, which each item's claim or row lock makes harmless.
     */
    private static final Duration SHORTEST_LEASE = Duration.ofSeconds(30);

    /** Leases are infrastructure: they follow the wall clock, never the business clock a test may pin. */
    private final Clock wallClock;
    private final String node = "node-" + UUID.randomUUID();
    private final Map<JobRuns.Job, Boolean> running = new ConcurrentHashMap<>();
    private final Map<JobRuns.Job, Instant> failingSince = new ConcurrentHashMap<>();
    private final Map<JobRuns.Job, Boolean> leased = new ConcurrentHashMap<>();

    private JobLeases leases;
    private JobRuns runs;

    protected JobRunner() {
        this.wallClock = Clock.systemUTC();
    }

    @Inject
    public JobRunner(JobLeases leases, JobRuns runs) {
        this(leases, runs, Clock.systemUTC());
    }

    JobRunner(JobLeases leases, JobRuns runs, Clock wallClock) {
        this.leases = leases;
        this.runs = runs;
        this.wallClock = wallClock;
    }

    public void run(BackgroundJob job) {
        JobRuns.Job name = job.job();
        if (running.putIfAbsent(name, Boolean.TRUE) != null) {
            return; // the previous run is still busy: this one is not needed
        }
        try {
            runHolding(job);
        } finally {
            running.remove(name);
        }
    }

    private void runHolding(BackgroundJob job) {
        JobRuns.Job name = job.job();
        String lease = name.label();
        try {
            if (job.oncePerCluster()) {
                if (!leases.acquire(lease, node, wallClock.instant(), leaseFor(job))) {
                    runs.skipped(name);
                    return;
                }
                leased.put(name, Boolean.TRUE);
            }
            try {
                int items = job.run();
                runs.succeeded(name, items);
                if (items > 0) {
                    LOG.fine(() -> "The " + lease + " job handled " + items + " item(s)");
                }
            } finally {
                if (leased.remove(name) != null) {
                    leases.release(lease, node, wallClock.instant());
                }
            }
            Instant since = failingSince.remove(name);
            if (since != null) {
                LOG.info(() -> "The " + lease + " job works again (it failed from " + since + ")");
            }
        } catch (RuntimeException e) {
            runs.failed(name);
            if (failingSince.putIfAbsent(name, wallClock.instant()) == null) {
                LOG.warning(() -> "The " + lease + " job failed; it tries again every " + job.period().toSeconds() + " s and says"
                        + " so here when it works again. Cause: " + causeOf(e));
            }
            LOG.log(Level.FINE, "The " + lease + " job failed", e);
        }
    }

    /** A node that stops in the middle of a run gives its leases back, so another node takes the job at once. */
    @PreDestroy
    void releaseLeases() {
        for (JobRuns.Job job : leased.keySet()) {
            try {
                leases.release(job.label(), node, wallClock.instant());
            } catch (RuntimeException e) {
                LOG.fine(() -> "Could not give back the lease of the " + job.label() + " job at shutdown: " + causeOf(e));
            }
        }
    }

    private static Duration leaseFor(BackgroundJob job) {
        Duration twoPeriods = job.period().multipliedBy(2);
        return twoPeriods.compareTo(SHORTEST_LEASE) > 0 ? twoPeriods : SHORTEST_LEASE;
    }

    /** The innermost cause in one line: what an operator needs to know, without a stack trace per run. */
    static String causeOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse(""));
    }
}
