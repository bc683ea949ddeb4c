package io.supportcenter.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts each node's background job runs on /metrics: {@code support_job_runs_total{job, outcome}} (ok, failed, or
 * skipped while another node held the job's lease), {@code support_job_items_total{job}} for the items handled, and
 * {@code support_job_last_success_seconds{job}} for when a run last succeeded (epoch seconds). A runs counter that
 * stops rising tells an operator that a job no longer runs on that node, and a test can wait for the next runs
 * instead of sleeping.
 */
@ApplicationScoped
public class JobRuns {

    /** The jobs, by their names on /metrics and in the leases. */
    public enum Job {
        INQUIRY, DORMANCY, MAIL, SEARCH_LOG, UPLOADS, KB_SYNC, POPULAR, INQUIRY_INDEX, REPEATED_QUESTIONS;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Inject
    PortalMetrics metrics;

    private final Map<Job, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

    public void succeeded(Job job, int items) {
        count(job, "ok");
        if (items > 0) {
            metrics.counter(PortalMetrics.Series.JOB_ITEMS, tag(job)).inc(items);
        }
        lastSuccess.computeIfAbsent(job, first -> {
            AtomicLong seconds = new AtomicLong();
            metrics.gauge(PortalMetrics.Series.JOB_LAST_SUCCESS, seconds::get, tag(job));
            return seconds;
        }).set(System.currentTimeMillis() / 1000);
    }

    public void failed(Job job) {
        count(job, "failed");
    }

    /** Another node held the job's lease: this node's turn passed without work, as it should. */
    public void skipped(Job job) {
        count(job, "skipped");
    }

    private void count(Job job, String outcome) {
        metrics.counter(PortalMetrics.Series.JOB_RUNS, tag(job), new Tag("outcome", outcome)).inc();
    }

    private static Tag tag(Job job) {
        return new Tag("job", job.label());
    }
}
