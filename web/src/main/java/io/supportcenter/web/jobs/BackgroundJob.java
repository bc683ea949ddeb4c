package io.supportcenter.web.jobs;

import io.supportcenter.web.health.JobRuns;
import java.time.Duration;

/** Work the portal does by itself every {@link #period()}. */
public interface BackgroundJob {

    /** Its name on /metrics and in the log. */
    JobRuns.Job job();

    Duration period();

    /** How long after start the first run comes. */
    default Duration firstDelay() {
        return period();
    }

    /** Whether one node at a time runs it (under the job's lease), or every node for itself. */
    boolean oncePerCluster();

    /** Whether this node runs it at all (the mail sender needs an SMTP host). */
    default boolean enabled() {
        return true;
    }

    /**
     * One run: handles what is due and returns how many items it handled. An exception fails the whole run (an
     * item's own failure is the job's to count and skip).
     */
    int run();
}
