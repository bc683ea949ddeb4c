package io.supportcenter.domain.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Port to the figures the dashboards count; implemented in the persistence module, where the counts
 * are made by the database. Every map is keyed by team id; periods run from {@code start} included
 * to {@code end} excluded.
 */
public interface DashboardRepository {

    /** Inquiries not closed, sent after {@code sentAfter} (null: any time) and not after {@code sentNotAfter}. */
    Map<Long, Long> openByTeam(Instant sentAfter, Instant sentNotAfter);

    /** Inquiries sent in the period, by their current team. */
    Map<Long, Long> submittedByTeam(Instant start, Instant end);

    /** Inquiries that had their first staff reply in the period. */
    List<FirstResponse> firstResponses(Instant start, Instant end);

    /** Closings made by the auto-close job in the period. */
    Map<Long, Long> autoClosedByTeam(Instant start, Instant end);

    /** Reopenings by members in the period. */
    Map<Long, Long> reopenedByTeam(Instant start, Instant end);

    /**
     * Questions answered by a suggested topic in the period, by the team owning the category the
     * member had chosen; those without a category are counted under the key {@code null}.
     */
    Map<Long, Long> deflectedByTeam(Instant start, Instant end);

    /** When one inquiry was sent and first answered by staff. */
    record FirstResponse(long teamId, Instant submittedAt, Instant respondedAt) {
    }
}
