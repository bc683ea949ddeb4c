package io.supportcenter.web.inquiry;

import io.supportcenter.web.jobs.BackgroundJob;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The schedule the inquiry jobs share: every {@code support.inquiry.jobs-seconds}, the first run at most 30 s after
 * start, one node at a time.
 */
abstract class OnInquiryJobsPeriod implements BackgroundJob {

    @Inject
    @ConfigProperty(name = "support.inquiry.jobs-seconds", defaultValue = "300")
    int periodSeconds;

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
}
