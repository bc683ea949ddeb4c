package io.supportcenter.domain.kb;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port to the full-text index of topics (Lucene in the persistence module). Each node keeps its own
 * index, built at start-up and brought up to date with every edit on any node.
 */
public interface TopicSearchIndex {

    /** Replaces the whole index with these topics. */
    void rebuild(Collection<IndexedTopic> topics);

    /** Adds or replaces one topic (or removes it when it is no longer published). */
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
