package io.supportcenter.web.kb;

import io.supportcenter.domain.kb.CategoryTree;
import io.supportcenter.domain.kb.KnowledgeBaseSeed;
import io.supportcenter.domain.kb.KnowledgeBaseEdited;
import io.supportcenter.domain.kb.PopularTopics;
import io.supportcenter.domain.kb.TopicSearchIndex;
import io.supportcenter.domain.kb.PopularityPolicy;
import io.supportcenter.domain.kb.SearchIndexer;
import io.supportcenter.web.health.JobRuns;
import io.supportcenter.web.health.PortalMetrics;
import io.supportcenter.web.jobs.JobTimers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Loads the starting knowledge base into an empty database, builds this node's search index, and
 * then ({@link KnowledgeBaseSyncJob}) checks every few seconds ({@code support.kb.sync-seconds}) whether any node changed the
 * knowledge base, so that every node's index and category tree reflect an edit within that time. Most Popular Topics
 * are recomputed every {@code support.kb.popular.refresh-minutes}.
 */
@ApplicationScoped
public class KnowledgeBaseSync {

    private static final Logger LOG = Logger.getLogger(KnowledgeBaseSync.class.getName());
    private static final String CONTENT = "/WEB-INF/classes/kb/";

    @Inject
    JobTimers jobTimers;

    @Inject
    KnowledgeBaseSeed seed;

    @Inject
    SearchIndexer indexer;

    @Inject
    PopularTopics popular;

    @Inject
    TopicSearchIndex index;

    @Inject
    CategoryTree categoryTree;

    @Inject
    PortalMetrics metrics;

    @Inject
    @ConfigProperty(name = "support.kb.sync-seconds", defaultValue = "5")
    int syncSeconds;

    @Inject
    @ConfigProperty(name = "support.kb.popular.refresh-minutes", defaultValue = "15")
    int popularRefreshMinutes;

    @Inject
    @ConfigProperty(name = "support.kb.popular.window-days", defaultValue = "7")
    int windowDays;

    @Inject
    @ConfigProperty(name = "support.kb.popular.half-life-days", defaultValue = "2")
    double halfLifeDays;

    @Inject
    @ConfigProperty(name = "support.kb.popular.size", defaultValue = "10")
    int size;

    @Produces
    PopularityPolicy popularityPolicy() {
        return new PopularityPolicy(windowDays, halfLifeDays, size);
    }

    public synchronized String start(ServletContext context) {
        Set<String> files = context.getResourcePaths(CONTENT + "topics/");
        StartingContent content = StartingContent.read(name -> context.getResourceAsStream(CONTENT + name),
                files == null ? Set.of() : files.stream().filter(path -> path.endsWith(".md"))
                        .map(path -> path.substring(CONTENT.length())).toList());
        boolean loaded = seed.loadOnce(content.categories(), content.topics());
        SearchIndexer.Refresh index = indexer.refresh();
        counted(index);
        popular.refresh();
        return (loaded ? content.topics().size() + " topics loaded now" : "already present") + ", search index "
                + switch (index) {
                    case FULL -> "built from every topic";
                    case CHANGES -> "kept, with the topics changed since";
                    case NONE -> "kept, up to date";
                };
    }

    /**
     * After an editor's change is committed: this node's index takes a changed topic at once (the
     * editor searches for it next), category changes rebuild it, and Most Popular Topics follow.
     */
    void edited(@Observes(during = TransactionPhase.AFTER_SUCCESS) KnowledgeBaseEdited edit) {
        if (edit.topic() != null) {
            index.update(edit.topic());
        } else {
            categoryTree.forget();
            jobTimers.runSoon(JobRuns.Job.KB_SYNC);
        }
        jobTimers.runSoon(JobRuns.Job.POPULAR);
    }

    /** Takes what any node changed since the last look into this node's index; returns whether anything changed. */
    int sync() {
        SearchIndexer.Refresh refresh = indexer.refresh();
        if (refresh == SearchIndexer.Refresh.NONE) {
            return 0;
        }
        categoryTree.forget();
        counted(refresh);
        LOG.fine(() -> "Search index refreshed after a knowledge-base change: " + refresh);
        return 1;
    }

    Duration syncPeriod() {
        return Duration.ofSeconds(syncSeconds);
    }

    Duration popularPeriod() {
        return Duration.ofMinutes(popularRefreshMinutes);
    }

    /**
     * Counts {@code support_search_index_refreshes_total{kind=changes|full}}: a full build happens at a first
     * start only, so one later tells an operator that a node lost its index directory.
     */
    private void counted(SearchIndexer.Refresh refresh) {
        if (refresh != SearchIndexer.Refresh.NONE) {
            metrics.counter(PortalMetrics.Series.SEARCH_INDEX_REFRESHES, new Tag("kind", refresh.name().toLowerCase())).inc();
        }
    }

    void refreshPopular() {
        popular.refresh();
    }
}
