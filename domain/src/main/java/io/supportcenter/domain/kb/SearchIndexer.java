package io.supportcenter.domain.kb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps this node's search index in step with the database: a full rebuild at start-up and
 * whenever the change counter moved (an edit on any node).
 */
@ApplicationScoped
public class SearchIndexer {

    private TopicRepository topics;
    private TopicSearchIndex index;
    private KnowledgeBaseChanges changes;
    private volatile long indexedVersion = Long.MIN_VALUE;

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
     * Rebuilds when the knowledge base changed since the last build; returns whether it did. Runs in
     * a transaction because it is called from a scheduled thread, where an entity manager used
     * outside a transaction is closed after the first call.
     */
    @Transactional
    public synchronized boolean refreshIfChanged() {
        long current = changes.current();
        if (current == indexedVersion) {
            return false;
        }
        List<IndexedTopic> all = new ArrayList<>();
        for (Topic topic : topics.findAll()) {
            all.add(indexed(topic));
        }
        index.rebuild(all);
        indexedVersion = current;
        return true;
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
