package io.supportcenter.domain.kb;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port to the topics; implemented in the persistence module. */
public interface TopicRepository {

    Optional<Topic> findById(long id);

    Optional<Topic> findBySlug(String slug);

    List<Topic> findAll();

    /** Published topics in these categories that the reader may see, by title. */
    List<Topic> findPublished(Collection<Category> categories, Collection<Visibility> visible);

    /** Pinned topics in the order they were pinned. */
    List<Topic> findPinned();

    /** These topics (in no particular order); ids that do not exist are left out. */
    List<Topic> findByIds(Collection<Long> ids);

    /** Published topics the reader may see that are not hidden from Most Popular, first written first, at most {@code limit}. */
    List<Topic> findPopularCandidates(Collection<Visibility> visible, int limit);

    /** As {@link #findPopularCandidates(Collection, int)} in these categories, by category position, then first written first. */
    List<Topic> findPopularCandidates(Collection<Category> in, Collection<Visibility> visible, int limit);

    /** Every topic for the editor's list, newest change first, optionally those whose title contains {@code text}. */
    List<Topic> findForEditor(String text, int limit);

    /** How many topics each category holds directly, by category id (categories without topics are absent). */
    java.util.Map<Long, Long> countByCategory();

    /** Topics whose search-index content changed after the knowledge base's change {@code change}. */
    List<Topic> findChangedAfter(long change);

    /** Marks every topic of these categories as changed by {@code change} (a category renamed or moved). */
    void markChanged(Collection<Long> categoryIds, long change);

    void add(Topic topic);
}
