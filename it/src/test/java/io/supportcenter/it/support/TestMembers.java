package io.supportcenter.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Members that a test makes for itself, so that what it changes (passwords, locks, users) cannot
 * disturb another test. Written straight into the portal's database: an account with its SuperUser,
 * whose password is the demo password (the hash is copied from a demo staff user, which no test
 * changes). Keys are negative, a range the database sequences never hand out.
 */
public final class TestMembers {

    public static final String ACCOUNT_PREFIX = "T";
    public static final String DOMAIN = "it.example";

    private static final AtomicLong NEXT_KEY = new AtomicLong(-(System.currentTimeMillis() % 1_000_000_000L) * 100);

    private TestMembers() {
    }

    /** The database id of a member user. */
    public static long userId(String email) {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement read = c.prepareStatement("SELECT id FROM member_user WHERE email = ?")) {
            read.setString(1, email.toLowerCase(java.util.Locale.ROOT));
            try (ResultSet rows = read.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no member user " + email);
                }
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many users of the account of {@code email} are its SuperUser (the invariant says one). */
    public static long superUsersOfAccountOf(String email) {
        String sql = "SELECT COUNT(*) FROM account a JOIN member_user u ON u.id = a.superuser_id AND u.account_id = a.id"
                + " WHERE a.id = (SELECT account_id FROM member_user WHERE email = ?)";
        try (Connection c = TestDatabase.current().connect(); PreparedStatement read = c.prepareStatement(sql)) {
            read.setString(1, email.toLowerCase(java.util.Locale.ROOT));
            try (ResultSet rows = read.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether this user is the SuperUser of its account. */
    public static boolean isSuperUser(String email) {
        String sql = "SELECT COUNT(*) FROM account a JOIN member_user u ON u.id = a.superuser_id WHERE u.email = ?";
        try (Connection c = TestDatabase.current().connect(); PreparedStatement read = c.prepareStatement(sql)) {
            read.setString(1, email.toLowerCase(java.util.Locale.ROOT));
            try (ResultSet rows = read.executeQuery()) {
                rows.next();
                return rows.getLong(1) == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether this user may log in (not disabled by the SuperUser). */
    public static boolean isEnabled(String email) {
        String sql = "SELECT enabled FROM member_user WHERE email = ?";
        try (Connection c = TestDatabase.current().connect(); PreparedStatement read = c.prepareStatement(sql)) {
            read.setString(1, email.toLowerCase(java.util.Locale.ROOT));
            try (ResultSet rows = read.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no user " + email);
                }
                return rows.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh address in the test domain, for users that tests add through the portal. */
    public static String newAddress(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + DOMAIN;
    }

    /** A new active publisher account with one user, its SuperUser; returns the user's email. */
    public static String newSuperUser(String name) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = name + "-" + tag + "@" + DOMAIN;
        long accountId = NEXT_KEY.decrementAndGet();
        long userId = NEXT_KEY.decrementAndGet();
        try (Connection c = TestDatabase.current().connect()) {
            c.setAutoCommit(false);
            String hash;
            try (PreparedStatement read = c.prepareStatement("SELECT password_hash FROM staff_user WHERE email = ?")) {
                read.setString(1, Demo.ADMIN);
                try (ResultSet rows = read.executeQuery()) {
                    rows.next();
                    hash = rows.getString(1);
                }
            }
            try (PreparedStatement account = c.prepareStatement("INSERT INTO account (id, account_number, company_name, active_since,"
                    + " account_type, status, created_at, superuser_id, version) VALUES (?, ?, ?, CURRENT_TIMESTAMP, 'PUBLISHER', 'ACTIVE', CURRENT_TIMESTAMP, ?, 0)")) {
                account.setLong(1, accountId);
                account.setString(2, ACCOUNT_PREFIX + tag);
                account.setString(3, "Test company " + tag);
                account.setLong(4, userId);
                account.executeUpdate();
            }
            try (PreparedStatement user = c.prepareStatement("INSERT INTO member_user (id, account_id, email, display_name,"
                    + " password_hash, language, time_zone, enabled, created_at, version, credentials_version, must_change_password)"
                    + " VALUES (?, ?, ?, ?, ?, 'en', 'America/Los_Angeles', TRUE, CURRENT_TIMESTAMP, 0, 0, FALSE)")) {
                user.setLong(1, userId);
                user.setLong(2, accountId);
                user.setString(3, email);
                user.setString(4, "Test " + name);
                user.setString(5, hash);
                user.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test member: " + e.getMessage(), e);
        }
        return email;
    }

    /** The account number of a user's account. */
    public static String accountNumberOf(String email) {
        try (Connection c = TestDatabase.current().connect();
             PreparedStatement read = c.prepareStatement("SELECT a.account_number FROM account a JOIN member_user u"
                     + " ON u.account_id = a.id WHERE u.email = ?")) {
            read.setString(1, email);
            try (ResultSet rows = read.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deactivates the user's account for dormancy {@code days} ago, as the dormancy job would have. */
    public static void makeDormant(String email, int days) {
        TestDatabase.current().execute("UPDATE account SET status = 'DEACTIVATED_DORMANT', deactivated_at = CURRENT_TIMESTAMP - "
                + (TestDatabase.current().kind() == TestDatabase.Kind.H2 ? "INTERVAL '" + days + "' DAY" : "INTERVAL '" + days + " days'")
                + " WHERE account_number = '" + accountNumberOf(email) + "'");
    }

    /** Locks the member's login for ten minutes, as repeated wrong passwords would. */
    public static void lockLogin(String email) {
        TestDatabase.current().execute("DELETE FROM login_throttle WHERE login_key = 'member:" + email + "'",
                "INSERT INTO login_throttle (login_key, failures, last_failure_at, locked_until, version) VALUES ('member:" + email
                        + "', 5, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP + " + (TestDatabase.current().kind() == TestDatabase.Kind.H2
                        ? "INTERVAL '10' MINUTE" : "INTERVAL '10 minutes'") + ", 0)");
    }
}
