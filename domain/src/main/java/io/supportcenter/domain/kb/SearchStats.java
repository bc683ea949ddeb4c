package io.supportcenter.domain.kb;

/**
 * How often one normalised query was searched in a period, how many of those searches found nothing,
 * and the topic most often opened from it (null if none was).
 */
public record SearchStats(String query, long searches, long withoutResults, Long openedTopicId) {

    /** Whether the query never found anything in the period: a content gap. */
    public boolean isGap() {
        return withoutResults == searches;
    }
}
