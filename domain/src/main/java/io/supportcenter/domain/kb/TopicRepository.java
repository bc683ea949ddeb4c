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

    List<Topic> findPinned();

    void add(Topic topic);
}
