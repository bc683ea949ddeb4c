package io.supportcenter.it.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Fills a PostgreSQL database of the portal (migrated, demo data loaded: start the portal on it once) with
 * generated members, topics and inquiries for the benchmarks, in set-based statements that PostgreSQL
 * runs without a round trip per row. Not part of the test run:
 * {@code mvn -B install -DskipTests && mvn -B verify -Pgenerate-data -pl it [-Ddata.accounts=100000 -Ddata.users-per-account=3
 * -Ddata.topics=50000 -Ddata.inquiries=1000000] [-Ddata.db.url=… -Ddata.db.user=… -Ddata.db.password=…]}.
 * Generated rows have ids from 10,000,000 up and addresses at generated.example; running it again first
 * removes what an earlier run made.
 */
class GenerateData {

    static final long ACCOUNT_BASE = 10_000_000L;
    static final long USER_BASE = 20_000_000L;
    static final long TOPIC_BASE = 30_000_000L;
    static final long INQUIRY_BASE = 40_000_000L;
    static final long MESSAGE_BASE = 50_000_000L;
    static final String DOMAIN = "generated.example";

    private static final String[] WORDS = {"payment", "report", "link", "commission", "tracking", "deep", "banner", "account",
        "password", "tax", "invoice", "bank", "transfer", "advertiser", "publisher", "program", "cookie", "coupon", "feed",
        "product", "mobile", "app", "api", "key", "web", "service", "policy", "brand", "search", "bid", "threshold",
        "balance", "currency", "exchange", "schedule", "dashboard", "export", "filter", "network", "partner"};

    private static long setting(String name, long defaultValue) {
        return Long.getLong("data." + name, defaultValue);
    }

    @Test
    void generate() throws SQLException {
        long accounts = setting("accounts", 100_000);
        long perAccount = setting("users-per-account", 3);
        long topics = setting("topics", 50_000);
        long inquiries = setting("inquiries", 1_000_000);
        String url = System.getProperty("data.db.url", "jdbc:postgresql://127.0.0.1:5432/support_bench");
        try (Connection c = DriverManager.getConnection(url, System.getProperty("data.db.user", "support"),
                System.getProperty("data.db.password", "support"))) {
            c.setAutoCommit(false);
            long started = System.nanoTime();
            removeEarlierRun(c);
            step(c, "accounts", accounts(accounts, perAccount));
            step(c, "users", users(c, accounts, perAccount));
            step(c, "topics", topics(c, topics));
            step(c, "inquiries", inquiries(c, accounts, perAccount, inquiries));
            int messages = step(c, "messages", messages(inquiries, perAccount));
            try (Statement analyze = c.createStatement()) {
                c.commit();
                c.setAutoCommit(true);
                analyze.execute("ANALYZE");
            }
            System.out.printf(Locale.ROOT, "GENERATED %,d accounts, %,d users, %,d topics, %,d inquiries with %,d messages in %.1f s%n",
                    accounts, accounts * perAccount, topics, inquiries, messages, (System.nanoTime() - started) / 1e9);
        }
    }

    private static int step(Connection c, String what, String sql) throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = c.createStatement()) {
            int rows = statement.executeUpdate(sql);
            System.out.printf(Locale.ROOT, "  %-10s %,12d rows in %6.1f s%n", what, rows, (System.nanoTime() - started) / 1e9);
            return rows;
        }
    }

    private static void removeEarlierRun(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute("SET CONSTRAINTS ALL DEFERRED");
            statement.executeUpdate("DELETE FROM inquiry WHERE id >= " + INQUIRY_BASE);
            statement.executeUpdate("DELETE FROM kb_topic WHERE id >= " + TOPIC_BASE);
            statement.executeUpdate("DELETE FROM member_user WHERE id >= " + USER_BASE);
            statement.executeUpdate("DELETE FROM account WHERE id >= " + ACCOUNT_BASE);
            // Topics written and removed outside the portal: a new database key makes every node build its search
            // index anew instead of taking the changes since its index on disk.
            statement.executeUpdate("UPDATE kb_change SET change_count = change_count + 1, database_key = NULL WHERE id = 1");
        }
    }

    private static String accounts(long accounts, long perAccount) {
        return "INSERT INTO account (id, account_number, company_name, account_type, status, created_at, active_since,"
                + " last_valid_commission_on, superuser_id, version)"
                + " SELECT " + ACCOUNT_BASE + " + x, 'G' || x, 'Generated Company ' || x,"
                + " CASE WHEN x % 5 = 0 THEN 'ADVERTISER' ELSE 'PUBLISHER' END, 'ACTIVE',"
                + " now() - (x % 1000) * INTERVAL '1 day', now() - (x % 1000) * INTERVAL '1 day', current_date - (x % 150)::int,"
                + " " + USER_BASE + " + (x - 1) * " + perAccount + " + 1, 0"
                + " FROM generate_series(1, " + accounts + ") AS x";
    }

    private static String users(Connection c, long accounts, long perAccount) throws SQLException {
        String hash = single(c, "SELECT password_hash FROM member_user WHERE email = 'pat@northwind.example'");
        return "INSERT INTO member_user (id, account_id, email, display_name, password_hash, language, time_zone, enabled,"
                + " created_at, version)"
                + " SELECT " + USER_BASE + " + (a - 1) * " + perAccount + " + k, " + ACCOUNT_BASE + " + a,"
                + " 'user' || k || '.' || a || '@" + DOMAIN + "', 'Generated User ' || a || '-' || k, '" + hash + "',"
                + " 'en', 'America/Los_Angeles', TRUE, now(), 0"
                + " FROM generate_series(1, " + accounts + ") AS a, generate_series(1, " + perAccount + ") AS k";
    }

    /** Titles and bodies of a few words from a list of the domain's words, so that searches match some and not others. */
    private static String topics(Connection c, long topics) throws SQLException {
        List<Long> categories = longs(c, "SELECT id FROM kb_category c WHERE NOT EXISTS (SELECT 1 FROM kb_category k WHERE k.parent_id = c.id)");
        String words = "ARRAY['" + String.join("','", WORDS) + "']";
        String word = "(" + words + ")[1 + ((x * %d + %d) %% " + WORDS.length + ")]";
        String title = "initcap(" + word.formatted(7, 1) + ") || ' ' || " + word.formatted(13, 5) + " || ' ' || " + word.formatted(31, 11)
                + " || ' ' || x";
        String body = "'How the ' || " + word.formatted(3, 2) + " || ' and the ' || " + word.formatted(17, 3) + " || ' work for '"
                + " || " + word.formatted(23, 7) + " || ' accounts. Check the ' || " + word.formatted(29, 13) + " || ' settings first.'";
        return "INSERT INTO kb_topic (id, slug, title, body_markdown, body_html, category_id, visibility, status, pinned,"
                + " hidden_from_popular, created_at, updated_at, version)"
                + " SELECT " + TOPIC_BASE + " + x, 'generated-topic-' || x, " + title + ", " + body + ", '<p>' || " + body + " || '</p>',"
                + " (ARRAY" + categories + ")[1 + (x % " + categories.size() + ")],"
                + " CASE WHEN x % 4 = 0 THEN 'PUBLIC' WHEN x % 4 = 1 THEN 'MEMBERS' WHEN x % 4 = 2 THEN 'PUBLISHERS' ELSE 'ADVERTISERS' END,"
                + " 'PUBLISHED', FALSE, FALSE, now() - (x % 700) * INTERVAL '1 day', now() - (x % 300) * INTERVAL '1 day', 0"
                + " FROM generate_series(1, " + topics + ") AS x";
    }

    /**
     * Spread over the accounts, in the mix of a support desk that keeps up: 90 % closed, over two years; 4 % new,
     * 4 % open and 2 % awaiting the member, all asked in the last 40 hours (so that the 48-hour reminder and the
     * auto-close jobs find nothing due during a benchmark, as on a steady day).
     */
    private static String inquiries(Connection c, long accounts, long perAccount, long inquiries) throws SQLException {
        List<Long> categories = longs(c, "SELECT c.id FROM kb_category c WHERE NOT EXISTS (SELECT 1 FROM kb_category k WHERE k.parent_id = c.id)");
        String account = "(" + ACCOUNT_BASE + " + 1 + (x % " + accounts + "))";
        String user = "(" + USER_BASE + " + (x % " + accounts + ") * " + perAccount + " + 1 + (x % " + perAccount + "))";
        // One in ten is unresolved, came in during the last one and a half days; the rest over two years.
        String unresolved = "x % 50 < 5";
        String submitted = "(CASE WHEN " + unresolved + " THEN now() - INTERVAL '6 hours' - (x % 2000) * INTERVAL '1 minute'"
                + " ELSE now() - (x % 730) * INTERVAL '1 day' - (x % 1440) * INTERVAL '1 minute' END)";
        return "INSERT INTO inquiry (id, submission_key, account_id, asked_by_id, asked_by_name, category_id, team_id, subject, status,"
                + " submitted_at, first_response_due, first_responded_at, awaiting_since, last_activity_at, closed_at, close_reason,"
                + " message_count, version)"
                + " SELECT " + INQUIRY_BASE + " + x, 'generated-' || x, " + account + ", " + user + ", 'Generated User', cat.id, cat.team_id,"
                + " 'Generated question ' || x, s.status, " + submitted + ", " + submitted + " + INTERVAL '3 days',"
                + " CASE WHEN s.status = 'NEW' THEN NULL ELSE " + submitted + " + INTERVAL '5 hours' END,"
                + " CASE WHEN s.status = 'AWAITING_MEMBER' THEN " + submitted + " + INTERVAL '5 hours' END,"
                + " " + submitted + " + INTERVAL '5 hours',"
                + " CASE WHEN s.status = 'CLOSED' THEN " + submitted + " + INTERVAL '2 days' END,"
                + " CASE WHEN s.status = 'CLOSED' THEN 'BY_MEMBER' END, CASE WHEN s.status = 'NEW' THEN 1 ELSE 2 END, 0"
                + " FROM generate_series(1, " + inquiries + ") AS x"
                + " JOIN kb_category cat ON cat.id = (ARRAY" + categories + ")[1 + (x % " + categories.size() + ")]"
                + " CROSS JOIN LATERAL (SELECT CASE WHEN x % 50 < 2 THEN 'NEW' WHEN x % 50 < 4 THEN 'OPEN'"
                + " WHEN " + unresolved + " THEN 'AWAITING_MEMBER' ELSE 'CLOSED' END AS status) s";
    }

    /** The member's question, and the staff reply where the inquiry has been answered. */
    private static String messages(long inquiries, long perAccount) {
        return "INSERT INTO inquiry_message (id, inquiry_id, kind, author, author_name, body, reopening, posted_at)"
                + " SELECT " + MESSAGE_BASE + " + (i.id - " + INQUIRY_BASE + ") * 2 + m.k, i.id,"
                + " CASE WHEN m.k = 0 THEN 'MEMBER' ELSE 'STAFF_REPLY' END,"
                + " CASE WHEN m.k = 0 THEN 'member:' || i.asked_by_id ELSE 'system' END,"
                + " CASE WHEN m.k = 0 THEN i.asked_by_name ELSE 'Support Center' END,"
                + " CASE WHEN m.k = 0 THEN 'When will my ' || i.subject || ' be sorted out? Thank you.'"
                + " ELSE 'We have looked into it; it is sorted out now.' END,"
                + " FALSE, i.submitted_at + m.k * INTERVAL '5 hours'"
                + " FROM inquiry i CROSS JOIN (VALUES (0), (1)) AS m(k)"
                + " WHERE i.id > " + INQUIRY_BASE + " AND i.id <= " + (INQUIRY_BASE + inquiries) + " AND (m.k = 0 OR i.status <> 'NEW')";
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("nothing for " + sql + ": start the portal on this database once first");
            }
            return rows.getString(1);
        }
    }

    private static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("nothing for " + sql + ": start the portal on this database once first");
        }
        return values;
    }
}
