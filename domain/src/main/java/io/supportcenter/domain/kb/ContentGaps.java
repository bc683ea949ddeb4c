package io.supportcenter.domain.kb;

import java.io.Serializable;
import java.util.List;

/**
 * The content-gap report for one team: the top searches and the searches that found nothing, of
 * the queries most likely belonging to the categories this team owns.
 */
public record ContentGaps(String teamName, List<Row> topSearches, List<Row> withoutResults) implements Serializable {

    /** One query; {@code categoryName} is the category it most likely belongs to, null if none matched at all. */
    public record Row(String query, long searches, long withoutResults, String categoryName) implements Serializable {
    }
}
