package io.supportcenter.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one database that the whole suite shares: H2 in a file under it/target by default, the
 * PostgreSQL database of {@code test.db.url} under the {@code postgresql} profile.
 * <p>
 * {@link #prepareOnce()} empties it before the first Payara boot of the JVM and publishes the
 * settings as the {@code it.db.*} system properties that arquillian.xml hands to Payara Micro.
 */
public final class TestDatabase {

    public enum Kind { H2, POSTGRESQL }

    private static boolean prepared;

    private final Kind kind;
    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(Kind kind, String url, String user, String password) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static TestDatabase current() {
        String testUrl = System.getProperty("test.db.url", "");
        if (testUrl.startsWith("jdbc:postgresql:")) {
            return new TestDatabase(Kind.POSTGRESQL, testUrl,
                    System.getProperty("test.db.user", ""), System.getProperty("test.db.password", ""));
        }
        return new TestDatabase(Kind.H2, ItSettings.required("it.h2.url"),
                ItSettings.required("it.h2.user"), System.getProperty("it.h2.password", ""));
    }

    public Kind kind() {
        return kind;
    }

    public String url() {
        return url;
    }

    /** The newest Flyway version (PostgreSQL also has V2, a deferrable key H2 lacks; both end at the same version). */
    public String expectedSchemaVersion() {
        return "39";
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /**
     * Runs once per JVM, before Arquillian reads arquillian.xml, so that the first Payara boot
     * migrates an empty schema and loads the demo data itself.
     */
    /** The single number a counting query answers. */
    public long count(String sql) {
        try (Connection c = connect(); java.sql.Statement s = c.createStatement(); java.sql.ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs statements in one transaction (test data a page cannot make fast enough). */
    public void execute(String... statements) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (java.sql.Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static synchronized void prepareOnce() {
        if (prepared) {
            return;
        }
        TestDatabase db = current();
        try {
            db.empty();
            deleteRecursively(dataDir());
            Files.createDirectories(dataDir());
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not empty the test database " + db.url, e);
        }
        System.setProperty("it.db.url", db.url);
        System.setProperty("it.db.user", db.user);
        System.setProperty("it.db.password", db.password);
        System.setProperty("it.data.dir", dataDir().toString());
        prepared = true;
    }

    public static Path dataDir() {
        return ItSettings.targetDir().resolve("it-data");
    }

    private void empty() throws IOException, SQLException {
        if (kind == Kind.POSTGRESQL) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
            return;
        }
        // Only the files of this one database: the URL may point anywhere, so nothing else is touched.
        String prefix = "jdbc:h2:file:";
        if (!url.startsWith(prefix)) {
            throw new IllegalStateException("The H2 test database must be a file database: " + url);
        }
        int end = url.indexOf(';');
        Path base = Path.of(end < 0 ? url.substring(prefix.length()) : url.substring(prefix.length(), end))
                .toAbsolutePath();
        Path dir = base.getParent();
        String name = base.getFileName().toString();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith(name + ".")).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(dir);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The demo data's own rows, found by the demo's account numbers and emails: whatever tests add is left out. */
    public RowCounts demoRows() throws SQLException {
        try (Connection c = connect()) {
            return new RowCounts(
                    count(c, "SELECT COUNT(*) FROM account WHERE account_number IN (" + quoted(Demo.ACCOUNT_NUMBERS) + ")"),
                    count(c, "SELECT COUNT(*) FROM member_user WHERE email IN (" + quoted(Demo.MEMBER_EMAILS) + ")"),
                    count(c, "SELECT COUNT(*) FROM staff_user WHERE email IN (" + quoted(Demo.STAFF_EMAILS) + ")"));
        }
    }

    /** Every account, member user and staff user, whoever made them. */
    public RowCounts allRows() throws SQLException {
        try (Connection c = connect()) {
            return new RowCounts(count(c, "SELECT COUNT(*) FROM account"), count(c, "SELECT COUNT(*) FROM member_user"),
                    count(c, "SELECT COUNT(*) FROM staff_user"));
        }
    }

    private static String quoted(List<String> values) {
        return values.stream().map(value -> "'" + value + "'").collect(Collectors.joining(", "));
    }

    /** Versions of the successful Flyway migrations, oldest first. */
    public List<String> appliedMigrations() throws SQLException {
        // Quoted: Flyway creates its table with lower-case quoted names on H2, which are case-sensitive there.
        String sql = "SELECT \"version\" FROM \"flyway_schema_history\""
                + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"";
        List<String> versions = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    public long failedMigrations() throws SQLException {
        try (Connection c = connect()) {
            return count(c, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE");
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public record RowCounts(long accounts, long memberUsers, long staffUsers) {
    }
}
