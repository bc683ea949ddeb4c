package io.supportcenter.web.lifecycle;

import io.supportcenter.domain.lifecycle.DormancyJob;
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
 * Runs the dormancy job every {@code support.dormancy.jobs-seconds} on every node; the job itself makes
 * sure each account is warned and deactivated once (see {@link DormancyJob}).
 */
@ApplicationScoped
public class DormancyJobScheduler {

    private static final Logger LOG = Logger.getLogger(DormancyJobScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DormancyJob job;

    @Inject
    JobRuns runs;

    @Inject
    @ConfigProperty(name = "support.dormancy.jobs-seconds", defaultValue = "3600")
    int periodSeconds;

    private ScheduledFuture<?> task;

    public synchronized void start() {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::runOnce, Math.min(periodSeconds, 60), periodSeconds, TimeUnit.SECONDS);
        }
    }

    void runOnce() {
        try {
            DormancyJob.Result result = job.run();
            if (result.warned() + result.deactivated() > 0) {
                LOG.info(() -> "Dormancy: accounts warned " + result.warned() + ", deactivated " + result.deactivated());
            }
            runs.succeeded(JobRuns.Job.DORMANCY);
        } catch (RuntimeException e) {
            runs.failed(JobRuns.Job.DORMANCY);
            LOG.log(Level.WARNING, "The dormancy job failed; it runs again in " + periodSeconds + " s", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
