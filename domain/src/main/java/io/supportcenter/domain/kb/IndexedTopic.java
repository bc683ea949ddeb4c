package io.supportcenter.domain.kb;

import java.util.List;

/** What the index holds of a topic; {@code categoryPath} lists the slugs of its category and ancestors. */
public record IndexedTopic(long id, String slug, String title, String text, String categoryName,
                           List<String> categoryPath, Visibility visibility, boolean published) {
}
