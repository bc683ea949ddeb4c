package io.supportcenter.domain.kb;

import java.util.List;

/**
 * What the topic editor loads and saves. {@code id} is null for a new topic; {@code version} is the
 * version the form was loaded with, so that a save over someone else's newer save is refused.
 */
public record TopicDraft(Long id, long version, String slug, String title, String markdown, Long categoryId,
                         Visibility visibility, List<Long> relatedIds, TopicStatus status, boolean pinned,
                         boolean hiddenFromPopular) {

    public TopicDraft {
        relatedIds = relatedIds == null ? List.of() : List.copyOf(relatedIds);
    }

    public static TopicDraft blank() {
        return new TopicDraft(null, 0, null, "", "", null, Visibility.MEMBERS, List.of(), TopicStatus.DRAFT, false, false);
    }

    static TopicDraft of(Topic topic) {
        return new TopicDraft(topic.getId(), topic.getVersion(), topic.getSlug(), topic.getTitle(), topic.getBodyMarkdown(),
                topic.getCategory().getId(), topic.getVisibility(),
                topic.getRelated().stream().map(Topic::getId).toList(), topic.getStatus(), topic.isPinned(),
                topic.isHiddenFromPopular());
    }
}
