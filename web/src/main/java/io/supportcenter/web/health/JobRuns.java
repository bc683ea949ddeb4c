package io.supportcenter.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts each node's background job runs as {@code support_job_runs_total{job, outcome}} on /metrics:
 * a counter that stops rising tells an operator that a job no longer runs on that node, and a test can
 * wait for the next runs instead of sleeping.
 */
@ApplicationScoped
public class JobRuns {

    public enum Job { INQUIRY, DORMANCY, MAIL, SEARCH_LOG }

    @Inject
    MetricRegistry metrics;

    public void succeeded(Job job) {
        count(job, "ok");
    }

    public void failed(Job job) {
        count(job, "failed");
    }

    private void count(Job job, String outcome) {
        metrics.counter("support_job_runs", new Tag("job", job.name().toLowerCase()), new Tag("outcome", outcome)).inc();
    }
}
