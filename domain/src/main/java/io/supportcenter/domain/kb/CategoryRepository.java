package io.supportcenter.domain.kb;

import java.util.List;
import java.util.Optional;

/** Port to the category tree; implemented in the persistence module. */
public interface CategoryRepository {

    /** Every category, parents before children, siblings by position. */
    List<Category> findAll();

    Optional<Category> findBySlug(String slug);

    Optional<Category> findById(long id);

    void add(Category category);

    long count();
}
