package io.supportcenter.domain.kb;

import java.util.List;

/**
 * A page of results, the total, and when nothing matched, a corrected query to suggest
 * ("did you mean"); {@code logId} lets the page record which result was opened.
 */
public record SearchResults(List<SearchHit> hits, int total, String suggestion, Long logId) {

    public static SearchResults empty() {
        return new SearchResults(List.of(), 0, null, null);
    }
}
