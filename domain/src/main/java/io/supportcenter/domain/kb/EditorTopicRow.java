package io.supportcenter.domain.kb;

import java.io.Serializable;
import java.time.Instant;

/** A topic in the editor's list. */
public record EditorTopicRow(long id, String slug, String title, String categoryName, Visibility visibility,
                             TopicStatus status, boolean pinned, boolean hiddenFromPopular, Instant updatedAt) implements Serializable {

    static EditorTopicRow of(Topic topic) {
        return new EditorTopicRow(topic.getId(), topic.getSlug(), topic.getTitle(), topic.getCategory().getName(),
                topic.getVisibility(), topic.getStatus(), topic.isPinned(), topic.isHiddenFromPopular(), topic.getUpdatedAt());
    }
}
