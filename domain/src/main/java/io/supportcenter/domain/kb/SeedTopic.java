package io.supportcenter.domain.kb;

import java.util.List;

/** A topic of the starting knowledge base, written in Markdown. */
public record SeedTopic(String slug, String title, String categorySlug, Visibility visibility, List<String> related,
                        String markdown) {
}
