package io.supportcenter.domain.kb;

import java.io.Serializable;

/** One found topic, with a snippet whose matches are marked (HTML-escaped text with {@code <mark>}). */
public record SearchHit(long topicId, String slug, String title, String snippetHtml, String categoryName) implements Serializable {
}
