package io.supportcenter.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes published topics straight into the portal's database and raises the knowledge-base change
 * counter, as an edit on another node would: the portal must pick them up on its own. Keys are
 * negative, a range the sequences never hand out.
 */
public final class TestTopics {

    /** A topic to write: its text is stored as the body (plain text is valid Markdown and HTML). */
    public record Generated(long id, String slug, String title, String text) {
    }

    private static final AtomicLong NEXT_VIEW = new AtomicLong(-(System.currentTimeMillis() % 1_000_000_000L) * 1000);
    private static final AtomicLong NEXT_TOPIC = new AtomicLong(-2_000_000_000L - System.nanoTime() % 1_000_000_000L);

    private TestTopics() {
    }

    public static void insert(List<Generated> topics, String categorySlug, String visibility) {
        try (Connection c = TestDatabase.current().connect()) {
            c.setAutoCommit(false);
            long category;
            try (PreparedStatement find = c.prepareStatement("SELECT id FROM kb_category WHERE slug = ?")) {
                find.setString(1, categorySlug);
                try (ResultSet rows = find.executeQuery()) {
                    rows.next();
                    category = rows.getLong(1);
                }
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            // As an edit on a node does: the change counter moves, and the topics carry the number of their change.
            long change;
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE kb_change SET change_count = change_count + 1 WHERE id = 1");
                try (ResultSet rows = s.executeQuery("SELECT change_count FROM kb_change WHERE id = 1")) {
                    rows.next();
                    change = rows.getLong(1);
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO kb_topic (id, slug, title, body_markdown, body_html,"
                    + " category_id, visibility, status, pinned, hidden_from_popular, created_at, updated_at, version, change_number)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', FALSE, FALSE, ?, ?, 0, ?)")) {
                int batch = 0;
                for (Generated topic : topics) {
                    insert.setLong(1, topic.id());
                    insert.setString(2, topic.slug());
                    insert.setString(3, topic.title());
                    insert.setString(4, topic.text());
                    insert.setString(5, "<p>" + topic.text() + "</p>");
                    insert.setLong(6, category);
                    insert.setString(7, visibility);
                    insert.setObject(8, now);
                    insert.setObject(9, now);
                    insert.setLong(10, change);
                    insert.addBatch();
                    if (++batch % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write test topics: " + e.getMessage(), e);
        }
    }

    /** Records {@code count} views of a topic at {@code at}, as readers on any node would have. */
    public static void addViews(long topicId, int count, Instant at) {
        try (Connection c = TestDatabase.current().connect(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO kb_topic_view (id, topic_id, account_type, from_search, viewed_at) VALUES (?, ?, 'PUBLISHER', FALSE, ?)")) {
            for (int i = 0; i < count; i++) {
                insert.setLong(1, NEXT_VIEW.decrementAndGet());
                insert.setLong(2, topicId);
                insert.setObject(3, at.atOffset(ZoneOffset.UTC));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write test views: " + e.getMessage(), e);
        }
    }

    /** A key for a test topic: negative, and unlikely to collide within one run. */
    public static long newId() {
        return NEXT_TOPIC.decrementAndGet();
    }

    public static long categoryId(String slug) {
        return Long.parseLong(single("SELECT id FROM kb_category WHERE slug = ?", slug));
    }

    public static long topicId(String slug) {
        return Long.parseLong(single("SELECT id FROM kb_topic WHERE slug = ?", slug));
    }

    /** The slug of the category's parent, or null at the top level. */
    public static String parentOf(String categorySlug) {
        return single("SELECT p.slug FROM kb_category c LEFT JOIN kb_category p ON p.id = c.parent_id WHERE c.slug = ?", categorySlug);
    }

    private static String single(String sql, String parameter) {
        try (Connection c = TestDatabase.current().connect(); PreparedStatement read = c.prepareStatement(sql)) {
            read.setString(1, parameter);
            try (ResultSet rows = read.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no row for " + parameter + ": " + sql);
                }
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
