package io.supportcenter.web.kb;

import io.supportcenter.domain.kb.SearchLog;
import io.supportcenter.web.health.JobRuns;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes this node's waiting searches every {@code support.kb.search-log-flush-seconds}, so that a search
 * page never waits for its own log entry (see {@link SearchLog}); {@link SearchLogAtShutdown} writes what is
 * left when the application stops.
 */
@ApplicationScoped
public class SearchLogFlusher {

    private static final Logger LOG = Logger.getLogger(SearchLogFlusher.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SearchLog searchLog;

    @Inject
    JobRuns runs;

    @Inject
    @ConfigProperty(name = "support.kb.search-log-flush-seconds", defaultValue = "2")
    int periodSeconds;

    private ScheduledFuture<?> task;

    public synchronized void start() {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::runOnce, periodSeconds, periodSeconds, TimeUnit.SECONDS);
        }
    }

    void runOnce() {
        try {
            searchLog.flush();
            runs.succeeded(JobRuns.Job.SEARCH_LOG);
        } catch (RuntimeException e) {
            runs.failed(JobRuns.Job.SEARCH_LOG);
            LOG.log(Level.WARNING, "The search log could not be written; its searches wait for the next try in "
                    + periodSeconds + " s", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
