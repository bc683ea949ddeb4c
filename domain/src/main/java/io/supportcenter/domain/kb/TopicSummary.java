package io.supportcenter.domain.kb;

import java.io.Serializable;
import java.time.Instant;

/** A topic in a list. */
public record TopicSummary(long id, String slug, String title, String categoryName, Instant updatedAt) implements Serializable {

    static TopicSummary of(Topic topic) {
        return new TopicSummary(topic.getId(), topic.getSlug(), topic.getTitle(), topic.getCategory().getName(),
                topic.getUpdatedAt());
    }
}
