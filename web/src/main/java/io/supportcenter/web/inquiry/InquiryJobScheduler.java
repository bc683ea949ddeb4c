package io.supportcenter.web.inquiry;

import io.supportcenter.domain.inquiry.InquiryJobs;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import io.supportcenter.web.health.JobRuns;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the reminder and auto-close job every {@code support.inquiry.jobs-seconds} on every node;
 * the job itself makes sure each inquiry is handled once (see {@link InquiryJobs}). Each run also
 * forgets the staged files nobody sent ({@link Uploads}).
 */
@ApplicationScoped
public class InquiryJobScheduler {

    private static final Logger LOG = Logger.getLogger(InquiryJobScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    InquiryJobs jobs;

    @Inject
    JobRuns runs;

    @Inject
    Uploads uploads;

    @Inject
    @ConfigProperty(name = "support.inquiry.jobs-seconds", defaultValue = "300")
    int periodSeconds;

    private ScheduledFuture<?> task;

    public synchronized void start() {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::runOnce, Math.min(periodSeconds, 30), periodSeconds, TimeUnit.SECONDS);
        }
    }

    void runOnce() {
        try {
            InquiryJobs.Result result = jobs.run();
            if (result.reminded() + result.closed() > 0) {
                LOG.info(() -> "Inquiries reminded: " + result.reminded() + ", closed automatically: " + result.closed());
            }
            int forgotten = uploads.forgetAbandoned();
            if (forgotten > 0) {
                LOG.info(() -> "Staged files never sent, forgotten: " + forgotten);
            }
            runs.succeeded(JobRuns.Job.INQUIRY);
        } catch (RuntimeException e) {
            runs.failed(JobRuns.Job.INQUIRY);
            LOG.log(Level.WARNING, "The inquiry job failed; it runs again in " + periodSeconds + " s", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
