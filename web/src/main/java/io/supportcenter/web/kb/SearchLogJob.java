package io.supportcenter.web.kb;

import io.supportcenter.domain.kb.SearchLog;
import io.supportcenter.web.health.JobRuns;
import io.supportcenter.web.jobs.BackgroundJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes this node's waiting searches every {@code support.kb.search-log-flush-seconds}, so that a search page never
 * waits for its own log entry (see {@link SearchLog}); {@link SearchLogAtShutdown} writes what is left at the end.
 */
@ApplicationScoped
public class SearchLogJob implements BackgroundJob {

    @Inject
    SearchLog searchLog;

    @Inject
    @ConfigProperty(name = "support.kb.search-log-flush-seconds", defaultValue = "2")
    int periodSeconds;

    @Override
    public JobRuns.Job job() {
        return JobRuns.Job.SEARCH_LOG;
    }

    @Override
    public Duration period() {
        return Duration.ofSeconds(periodSeconds);
    }

    @Override
    public boolean oncePerCluster() {
        return false;
    }

    @Override
    public int run() {
        return searchLog.flush();
    }
}
