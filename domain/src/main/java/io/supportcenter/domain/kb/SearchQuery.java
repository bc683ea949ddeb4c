package io.supportcenter.domain.kb;

import java.util.Locale;
import java.util.Set;

/**
 * A reader's search: the text (normalised: trimmed, blanks collapsed, lower case, capped in length),
 * an optional category, what the reader may see, and which page of results.
 */
public record SearchQuery(String text, String categorySlug, Set<Visibility> visible, int page, int pageSize) {

    public static final int MAX_LENGTH = 200;

    public SearchQuery {
        text = normalise(text);
        page = Math.max(0, page);
        pageSize = Math.min(Math.max(1, pageSize), 50);
        visible = Set.copyOf(visible);
    }

    public static String normalise(String raw) {
        String text = raw == null ? "" : raw.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH).strip() : text;
    }

    public boolean isBlank() {
        return text.isEmpty();
    }
}
