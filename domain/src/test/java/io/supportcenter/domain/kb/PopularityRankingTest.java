package io.supportcenter.domain.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.kb.PopularityRanking.Activity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PopularityRankingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void todaysViewsCountFullyAndADayHalfALifeAgoCountsHalf() {
        Map<Long, Double> scores = PopularityRanking.scores(List.of(
                new Activity(1, TODAY, 10, 0),
                new Activity(2, TODAY.minusDays(2), 10, 0)), TODAY, 2.0);
        assertEquals(10.0, scores.get(1L), 1e-9);
        assertEquals(5.0, scores.get(2L), 1e-9);
    }

    @Test
    void newerActivityOutranksMoreButOlderActivity() {
        Map<Long, Double> scores = PopularityRanking.scores(List.of(
                new Activity(1, TODAY, 12, 0),
                new Activity(2, TODAY.minusDays(6), 40, 0)), TODAY, 2.0);
        assertTrue(scores.get(1L) > scores.get(2L), scores.toString());
    }

    @Test
    void anOpeningFromSearchCountsDouble() {
        Map<Long, Double> scores = PopularityRanking.scores(List.of(
                new Activity(1, TODAY, 4, 4),
                new Activity(2, TODAY, 6, 0)), TODAY, 2.0);
        assertEquals(8.0, scores.get(1L), 1e-9);
        assertEquals(6.0, scores.get(2L), 1e-9);
    }

    @Test
    void daysAddUpPerTopic() {
        Map<Long, Double> scores = PopularityRanking.scores(List.of(
                new Activity(7, TODAY, 1, 0),
                new Activity(7, TODAY.minusDays(1), 2, 0)), TODAY, 1.0);
        assertEquals(2.0, scores.get(7L), 1e-9);
    }
}
