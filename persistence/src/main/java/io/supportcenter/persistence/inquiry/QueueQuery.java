package io.supportcenter.persistence.inquiry;

import io.supportcenter.domain.inquiry.InquiryStatus;
import io.supportcenter.domain.inquiry.QueueCriteria;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A queue's page of ids and its count, in SQL, from one set of filters (only what is set takes
 * part, so the indexes fit each query). The statuses are written into the statement (they are enum
 * names, never input) so that PostgreSQL sees at planning time, also in a prepared statement's
 * generic plan, that only unresolved inquiries are asked for and reads the partial indexes of V24,
 * which hold those alone. With the statuses as parameters a page walked the team's closed inquiries
 * (nine in ten of a million) in due order to find the first open ones: 40 ms and up to 3 s per page.
 */
final class QueueQuery {

    private final StringBuilder sql;
    private final List<Object> values = new ArrayList<>();

    private QueueQuery(String select, QueueCriteria criteria) {
        sql = new StringBuilder(select).append(" FROM inquiry WHERE status IN (")
                .append(criteria.statuses().stream().sorted().map(InquiryStatus::name).map(name -> "'" + name + "'")
                        .collect(Collectors.joining(", "))).append(')');
        in("team_id", criteria.teamIds());
        if (criteria.assigneeId() != null) {
            condition(" AND assignee_id = ", criteria.assigneeId());
        }
        if (criteria.unassignedOnly()) {
            sql.append(" AND assignee_id IS NULL");
        }
        in("category_id", criteria.categoryIds());
        if (criteria.breachedAt() != null) {
            condition(" AND first_responded_at IS NULL AND first_response_due < ", utc(criteria.breachedAt()));
        }
        if (criteria.submittedBefore() != null) {
            condition(" AND submitted_at < ", utc(criteria.submittedBefore()));
        }
    }

    /** One page of ids in the order asked for; the id breaks ties so that pages never overlap. */
    static List<Long> pageIds(EntityManager em, QueueCriteria criteria, int first, int max) {
        QueueQuery page = new QueueQuery("SELECT id", criteria);
        String direction = criteria.descending() ? " DESC" : " ASC";
        String column = column(criteria.order());
        page.sql.append(" ORDER BY ").append(column).append(direction);
        if (!column.equals("id")) {
            page.sql.append(", id").append(direction); // H2 refuses the same column twice in ORDER BY
        }
        page.condition(" LIMIT ", max);
        page.condition(" OFFSET ", first);
        List<?> rows = page.query(em).getResultList();
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }

    /**
     * The next inquiry after this one in the queue's order (its column and then the id, as a page orders them),
     * found from where this one stands in that order, whether or not it is still in the queue; the first other one
     * when it was the last. Inquiry numbers are their ids.
     */
    static Optional<Long> next(EntityManager em, QueueCriteria criteria, long afterNumber) {
        String column = column(criteria.order());
        String direction = criteria.descending() ? " DESC" : " ASC";
        String beyond = criteria.descending() ? " < " : " > ";
        String order = " ORDER BY " + column + direction + (column.equals("id") ? "" : ", id" + direction) + " LIMIT 1";
        QueueQuery after = new QueueQuery("SELECT id", criteria);
        if (column.equals("id")) {
            after.condition(" AND id" + beyond, afterNumber);
        } else {
            String current = "(SELECT " + column + " FROM inquiry WHERE id = ";
            after.condition(" AND (" + column + beyond + current, afterNumber);
            after.condition(") OR (" + column + " = " + current, afterNumber);
            after.condition(") AND id" + beyond, afterNumber);
            after.sql.append("))");
        }
        after.sql.append(order);
        List<?> found = after.query(em).getResultList();
        if (found.isEmpty()) {
            QueueQuery first = new QueueQuery("SELECT id", criteria);
            first.condition(" AND id <> ", afterNumber);
            first.sql.append(order);
            found = first.query(em).getResultList();
        }
        return found.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    private static String column(QueueCriteria.Order order) {
        return switch (order) {
            case DUE -> "first_response_due";
            case SUBMITTED -> "submitted_at";
            case NUMBER -> "id";
        };
    }

    static long count(EntityManager em, QueueCriteria criteria) {
        return ((Number) new QueueQuery("SELECT COUNT(*)", criteria).query(em).getSingleResult()).longValue();
    }

    private Query query(EntityManager em) {
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    private void in(String column, Collection<Long> ids) {
        if (ids == null) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (");
        String separator = "";
        for (Long id : ids) {
            sql.append(separator);
            placeholder(id);
            separator = ", ";
        }
        sql.append(')');
    }

    private void condition(String text, Object value) {
        sql.append(text);
        placeholder(value);
    }

    private void placeholder(Object value) {
        values.add(value);
        sql.append('?').append(values.size());
    }

    private static Object utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
