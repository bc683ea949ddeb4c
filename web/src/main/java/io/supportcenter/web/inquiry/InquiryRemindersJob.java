package io.supportcenter.web.inquiry;

import io.supportcenter.domain.inquiry.InquiryJobs;
import io.supportcenter.web.health.JobRuns;
import io.supportcenter.web.jobs.BackgroundJob;
import io.supportcenter.web.jobs.DueBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds and closes the inquiries awaiting the member every {@code support.inquiry.jobs-seconds}, on one node at a
 * time, a batch per run and each inquiry in its own transaction (see {@link InquiryJobs} for how each is handled once).
 */
@ApplicationScoped
public class InquiryRemindersJob implements BackgroundJob {

    private static final Logger LOG = Logger.getLogger(InquiryRemindersJob.class.getName());

    @Inject
    InquiryJobs jobs;

    @Inject
    @ConfigProperty(name = "support.inquiry.jobs-seconds", defaultValue = "300")
    int periodSeconds;

    @Override
    public JobRuns.Job job() {
        return JobRuns.Job.INQUIRY;
    }

    @Override
    public Duration period() {
        return Duration.ofSeconds(periodSeconds);
    }

    @Override
    public Duration firstDelay() {
        return Duration.ofSeconds(Math.min(periodSeconds, 30));
    }

    @Override
    public boolean oncePerCluster() {
        return true;
    }

    @Override
    public int run() {
        DueBatch<InquiryJobs.Outcome> batch = DueBatch.run(jobs.due(DueBatch.SIZE), jobs::handle, InquiryJobs.Outcome.class, "inquiry");
        int reminded = batch.count(InquiryJobs.Outcome.REMINDED);
        int closed = batch.count(InquiryJobs.Outcome.CLOSED);
        if (reminded + closed > 0) {
            LOG.info(() -> "Inquiries reminded: " + reminded + ", closed automatically: " + closed);
        }
        return reminded + closed;
    }
}
