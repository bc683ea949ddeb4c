package io.supportcenter.it.support;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Staff users made for one test (in the database directly), with the demo password. */
public final class TestStaff {

    private static final AtomicLong NEXT_ID = new AtomicLong(-(System.currentTimeMillis() % 1_000_000_000L) * 100 - 7);

    private TestStaff() {
    }

    /** A new enabled staff user with this role (AGENT, EDITOR, SUPERVISOR, ADMIN) in Client Support; returns the email. */
    public static String create(String name, String role) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@staff.test.example";
        long id = NEXT_ID.decrementAndGet();
        TestDatabase.current().execute(
                "INSERT INTO staff_user (id, email, display_name, password_hash, enabled, created_at, version)"
                        + " SELECT " + id + ", '" + email + "', 'Test " + name + "', password_hash, TRUE, created_at, 0"
                        + " FROM staff_user WHERE email = '" + Demo.AGENT + "'",
                "INSERT INTO staff_user_role (staff_user_id, role) VALUES (" + id + ", '" + role + "')",
                "INSERT INTO staff_user_team (staff_user_id, team_id) SELECT " + id + ", id FROM team WHERE code = 'CLIENT_SUPPORT'");
        return email;
    }

    /** Failed sign-in attempts the login lock has counted for this staff user. */
    public static long failuresOf(String email) {
        return TestDatabase.current().count("SELECT COALESCE(MAX(failures), 0) FROM login_throttle WHERE login_key = 'staff:" + email + "'");
    }
}
