package io.supportcenter.domain.kb;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port to the full-text index of topics (Lucene in the persistence module). Each node keeps its own
 * index (on its disk where it has one), brought up to date at start-up and after every edit on any node
 * with the topics that changed since the version it reflects.
 */
public interface TopicSearchIndex {

    /** What the index reflects, if it was kept from an earlier start (on disk). */
    Optional<IndexVersion> version();

    /** Replaces the whole index with these topics, which make {@code version}. */
    void rebuild(Collection<IndexedTopic> topics, IndexVersion version);

    /** Adds or replaces these topics (removes those no longer published); the index then reflects {@code version}. */
    void apply(Collection<IndexedTopic> changed, IndexVersion version);

    /** Adds or replaces one topic (or removes it when it is no longer published) at once, ahead of its change. */
    void update(IndexedTopic topic);

    SearchResults search(SearchQuery query);

    /**
     * The slug of the category whose published topics best match any word of {@code text}, whoever
     * may read them; for the content-gap report, which also needs a home for searches that found nothing.
     */
    Optional<String> likelyCategory(String text);

    /**
     * Up to {@code max} published topics the reader may see that match any word of {@code text},
     * those of {@code categorySlug} (if given) weighing more: suggestions before a question is sent.
     */
    List<SearchHit> suggest(String text, String categorySlug, Set<Visibility> visible, int max);
}
