package io.supportcenter.web.kb;

import io.supportcenter.web.health.JobRuns;
import io.supportcenter.web.jobs.BackgroundJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** Every node looks every {@code support.kb.sync-seconds} whether any node changed the knowledge base. */
@ApplicationScoped
public class KnowledgeBaseSyncJob implements BackgroundJob {

    @Inject
    KnowledgeBaseSync sync;

    @Override
    public JobRuns.Job job() {
        return JobRuns.Job.KB_SYNC;
    }

    @Override
    public Duration period() {
        return sync.syncPeriod();
    }

    @Override
    public boolean oncePerCluster() {
        return false;
    }

    @Override
    public int run() {
        return sync.sync();
    }
}
