package io.supportcenter.web.kb;

import io.supportcenter.web.health.JobRuns;
import io.supportcenter.web.jobs.BackgroundJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** Every node recomputes its Most Popular Topics every {@code support.kb.popular.refresh-minutes}. */
@ApplicationScoped
public class PopularTopicsJob implements BackgroundJob {

    @Inject
    KnowledgeBaseSync sync;

    @Override
    public JobRuns.Job job() {
        return JobRuns.Job.POPULAR;
    }

    @Override
    public Duration period() {
        return sync.popularPeriod();
    }

    @Override
    public boolean oncePerCluster() {
        return false;
    }

    @Override
    public int run() {
        sync.refreshPopular();
        return 0;
    }
}
