package io.supportcenter.domain.kb;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port to what readers do with topics: views and votes, and the search statistics ({@link SearchLog} writes searches). */
public interface TopicActivityRepository {

    void addView(TopicView view);

    Optional<HelpfulVote> findVote(long topicId, long userId);

    void addVote(HelpfulVote vote);

    /** The client's latest answer to this topic since {@code since}, if any. */
    Optional<AnonymousVote> findAnonymousVote(long topicId, String clientKey, Instant since);

    void addAnonymousVote(AnonymousVote vote);

    /** Views and openings from search per topic and day since {@code since}. */
    List<PopularityRanking.Activity> dailyActivity(Instant since);

    /** The most frequent searches since {@code since}, at most {@code limit}, most frequent first. */
    List<SearchStats> searchStats(Instant start, Instant end, int limit);

    /** Helpful and not-helpful answers so far. */
    long[] votes(long topicId);
}
