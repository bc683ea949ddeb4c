package io.supportcenter.web.inquiry;

import io.supportcenter.web.health.JobRuns;
import io.supportcenter.web.jobs.BackgroundJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Forgets the staged files nobody sent ({@link Uploads#forgetAbandoned}), with the inquiry jobs' period. */
@ApplicationScoped
public class AbandonedUploadsJob implements BackgroundJob {

    @Inject
    Uploads uploads;

    @Inject
    @ConfigProperty(name = "support.inquiry.jobs-seconds", defaultValue = "300")
    int periodSeconds;

    @Override
    public JobRuns.Job job() {
        return JobRuns.Job.UPLOADS;
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
        return uploads.forgetAbandoned();
    }
}
