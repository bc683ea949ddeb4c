package io.supportcenter.domain.kb;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A topic as its page shows it: sanitised HTML body, the related topics the reader may see, votes. */
public record TopicPage(long id, String slug, String title, String bodyHtml, String categorySlug, String categoryName,
                        Instant updatedAt, List<TopicSummary> related, long helpful, long notHelpful) implements Serializable {
}
