package io.supportcenter.domain.kb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps this node's search index in step with the database: at start-up and whenever the change counter
 * moved (an edit on any node) it indexes the topics changed since the version the index reflects; only an
 * index that reflects nothing of this database (new, lost, or another database's) is built from every topic.
 */
@ApplicationScoped
public class SearchIndexer {

    /** What a refresh did. */
    public enum Refresh { NONE, CHANGES, FULL }

    private TopicRepository topics;
    private TopicSearchIndex index;
    private KnowledgeBaseChanges changes;
    /** The version this node's index reflects, once known. */
    private volatile IndexVersion indexed;

    protected SearchIndexer() {
        // for CDI proxies
    }

    @Inject
    public SearchIndexer(TopicRepository topics, TopicSearchIndex index, KnowledgeBaseChanges changes) {
        this.topics = topics;
        this.index = index;
        this.changes = changes;
    }

    /**
     * Brings the index up to the knowledge base's current change; says what that took. Runs in a transaction
     * because it is called from a scheduled thread, where an entity manager used outside a transaction is closed
     * after the first call.
     */
    @Transactional
    public synchronized Refresh refresh() {
        long current = changes.current();
        if (indexed != null && indexed.change() == current) {
            return Refresh.NONE;
        }
        String key = changes.databaseKey();
        IndexVersion from = IndexVersion.resumeFrom(indexed, index.version(), key, current);
        IndexVersion to = new IndexVersion(key, current);
        if (from == null) {
            index.rebuild(topics.findAll().stream().map(SearchIndexer::indexed).toList(), to);
            indexed = to;
            return Refresh.FULL;
        }
        if (from.change() != current) {
            // A topic changed after "current" was read is indexed now and again next time: harmless.
            index.apply(topics.findChangedAfter(from.change()).stream().map(SearchIndexer::indexed).toList(), to);
        }
        indexed = to;
        return from.change() == current ? Refresh.NONE : Refresh.CHANGES;
    }

    static IndexedTopic indexed(Topic topic) {
        List<String> path = new ArrayList<>();
        for (Category node = topic.getCategory(); node != null; node = node.getParent().orElse(null)) {
            path.add(node.getSlug());
        }
        return new IndexedTopic(topic.getId(), topic.getSlug(), topic.getTitle(), PlainText.of(topic.getBodyHtml()),
                topic.getCategory().getName(), path, topic.getVisibility(), topic.getStatus() == TopicStatus.PUBLISHED);
    }
}
