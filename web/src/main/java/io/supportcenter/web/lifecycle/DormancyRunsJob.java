package io.supportcenter.web.lifecycle;

import io.supportcenter.domain.lifecycle.DormancyJob;
import io.supportcenter.web.health.JobRuns;
import io.supportcenter.web.jobs.BackgroundJob;
import io.supportcenter.web.jobs.DueBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Warns and deactivates dormant accounts every {@code support.dormancy.jobs-seconds}, on one node at a time, a batch
 * per run and each account in its own transaction (see {@link DormancyJob} for how each is handled once).
 */
@ApplicationScoped
public class DormancyRunsJob implements BackgroundJob {

    private static final Logger LOG = Logger.getLogger(DormancyRunsJob.class.getName());

    @Inject
    DormancyJob job;

    @Inject
    @ConfigProperty(name = "support.dormancy.jobs-seconds", defaultValue = "3600")
    int periodSeconds;

    @Override
    public JobRuns.Job job() {
        return JobRuns.Job.DORMANCY;
    }

    @Override
    public Duration period() {
        return Duration.ofSeconds(periodSeconds);
    }

    @Override
    public Duration firstDelay() {
        return Duration.ofSeconds(Math.min(periodSeconds, 60));
    }

    @Override
    public boolean oncePerCluster() {
        return true;
    }

    @Override
    public int run() {
        DueBatch<DormancyJob.Outcome> batch = DueBatch.run(job.due(DueBatch.SIZE), job::handle, DormancyJob.Outcome.class, "account");
        int warned = batch.count(DormancyJob.Outcome.WARNED);
        int deactivated = batch.count(DormancyJob.Outcome.DEACTIVATED);
        if (warned + deactivated > 0) {
            LOG.info(() -> "Dormancy: accounts warned " + warned + ", deactivated " + deactivated);
        }
        return warned + deactivated;
    }
}
