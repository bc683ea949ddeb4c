package io.supportcenter.domain.inquiry;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Which inquiries a queue lists, as the database filters and sorts them: of these teams (null: all
 * teams), assigned to this staff user (null: anyone), only those nobody has ({@code unassignedOnly}), in these states, in these categories (null:
 * any), only those whose first response is overdue at {@code breachedAt} (null: all), only those sent
 * before {@code submittedBefore} (null: any age); in this order.
 */
public record QueueCriteria(Set<Long> teamIds, Long assigneeId, boolean unassignedOnly, Set<InquiryStatus> statuses, Set<Long> categoryIds,
                            Instant breachedAt, Instant submittedBefore, Order order, boolean descending) {

    /** The orders a queue offers; each is backed by an index. */
    public enum Order { DUE, SUBMITTED, NUMBER }

    public QueueCriteria {
        teamIds = teamIds == null ? null : Set.copyOf(teamIds);
        categoryIds = categoryIds == null ? null : Set.copyOf(categoryIds);
        statuses = Set.copyOf(statuses);
        order = Objects.requireNonNullElse(order, Order.DUE);
    }
}
