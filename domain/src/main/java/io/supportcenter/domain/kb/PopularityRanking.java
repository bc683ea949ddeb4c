package io.supportcenter.domain.kb;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores topics by recent interest: each day's views count, an opening from a search result counts
 * double (it answered what someone looked for), and a day's weight halves every {@code halfLifeDays}
 * so that newer activity weighs more.
 */
public final class PopularityRanking {

    static final double SEARCH_OPEN_WEIGHT = 2.0;

    /** A topic's activity on one day. */
    public record Activity(long topicId, LocalDate day, long views, long searchOpens) {
    }

    private PopularityRanking() {
    }

    public static Map<Long, Double> scores(List<Activity> activity, LocalDate today, double halfLifeDays) {
        Map<Long, Double> scores = new HashMap<>();
        for (Activity day : activity) {
            long age = Math.max(0, ChronoUnit.DAYS.between(day.day(), today));
            double weight = Math.pow(0.5, age / halfLifeDays);
            double interest = day.views() + (SEARCH_OPEN_WEIGHT - 1) * day.searchOpens();
            scores.merge(day.topicId(), interest * weight, Double::sum);
        }
        return scores;
    }
}
