package io.supportcenter.domain.inquiry;

import java.time.Instant;
import java.util.Set;

/**
 * Which inquiries a queue lists, as the database filters them: of these teams (null: all teams),
 * assigned to this staff user (null: anyone), in these states, of this category (null: any), only
 * those whose first response is overdue at {@code breachedAt} (null: all), and only those sent before
 * {@code submittedBefore} (null: any age).
 */
public record QueueCriteria(Set<Long> teamIds, Long assigneeId, Set<InquiryStatus> statuses, Long categoryId,
                            Instant breachedAt, Instant submittedBefore) {

    public QueueCriteria {
        teamIds = teamIds == null ? null : Set.copyOf(teamIds);
        statuses = Set.copyOf(statuses);
    }
}
