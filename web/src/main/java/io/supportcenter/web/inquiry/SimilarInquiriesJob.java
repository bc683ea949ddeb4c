package io.supportcenter.web.inquiry;

import io.supportcenter.domain.inquiry.SimilarInquiryIndexer;
import io.supportcenter.web.health.JobRuns;
import io.supportcenter.web.health.PortalMetrics;
import io.supportcenter.web.jobs.BackgroundJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Every node looks every {@code support.inquiry.index-sync-seconds} whether any node closed or reopened inquiries,
 * and takes them into its own solved-inquiry index. Its first run, a second after start, builds the index from every
 * solved inquiry when the node has none (a first start, a lost directory): in the background, so that the node
 * serves meanwhile and agents see earlier answers once it is done. Refreshes are counted on /metrics as
 * {@code support_inquiry_index_refreshes_total{kind=changes|full}}.
 */
@ApplicationScoped
public class SimilarInquiriesJob implements BackgroundJob {

    private static final Logger LOG = Logger.getLogger(SimilarInquiriesJob.class.getName());

    @Inject
    SimilarInquiryIndexer indexer;

    @Inject
    PortalMetrics metrics;

    @Inject
    @ConfigProperty(name = "support.inquiry.index-sync-seconds", defaultValue = "5")
    int syncSeconds;

    @Override
    public JobRuns.Job job() {
        return JobRuns.Job.INQUIRY_INDEX;
    }

    @Override
    public Duration period() {
        return Duration.ofSeconds(syncSeconds);
    }

    @Override
    public Duration firstDelay() {
        return Duration.ofSeconds(1);
    }

    @Override
    public boolean oncePerCluster() {
        return false;
    }

    @Override
    public int run() {
        long started = System.nanoTime();
        SimilarInquiryIndexer.Refresh refresh = indexer.refresh();
        if (refresh != SimilarInquiryIndexer.Refresh.NONE) {
            metrics.counter(PortalMetrics.Series.INQUIRY_INDEX_REFRESHES, new Tag("kind", refresh.name().toLowerCase(Locale.ROOT))).inc();
        }
        if (refresh == SimilarInquiryIndexer.Refresh.FULL) {
            LOG.info(() -> String.format("Solved-inquiry index built from every solved inquiry in %.1f s", (System.nanoTime() - started) / 1e9));
        }
        return refresh == SimilarInquiryIndexer.Refresh.NONE ? 0 : 1;
    }
}
