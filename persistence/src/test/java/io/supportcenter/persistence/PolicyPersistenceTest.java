package io.supportcenter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.supportcenter.domain.audit.AuditLog;
import io.supportcenter.domain.auth.PasswordHasher;
import io.supportcenter.domain.demo.DemoDataService;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.policy.Policy;
import io.supportcenter.domain.support.FiredEvents;
import io.supportcenter.persistence.account.JpaAccountRepository;
import io.supportcenter.persistence.audit.JpaAuditRepository;
import io.supportcenter.persistence.ops.JpaTaskLockRepository;
import io.supportcenter.persistence.policy.JpaPolicySettingRepository;
import io.supportcenter.persistence.staff.JpaStaffUserRepository;
import io.supportcenter.persistence.staff.JpaTeamRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An admin's policy values are stored, read by a node that starts later, and removed when set back to the default. */
class PolicyPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void valuesSurviveARestartAndTheDefaultRemovesTheRow() {
        try (TestDatabase db = TestDatabase.create().migrate()) {
            db.inTransaction(em -> new DemoDataService(new JpaTaskLockRepository(em), new JpaAccountRepository(em),
                    new JpaStaffUserRepository(em), new JpaTeamRepository(em), new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS),
                    CLOCK).loadOnce());
            long admin = db.count("SELECT id FROM staff_user WHERE email = 'admin@support.example'");
            Caller.Staff actor = new Caller.Staff(new StaffId(admin), Set.of(StaffRole.ADMIN), "127.0.0.1");

            assertEquals(Integer.valueOf(2), db.inTransaction(em -> policies(em).change(actor, Map.of(Policy.AUTO_CLOSE_HOURS, "96",
                    Policy.CALENDAR_HOLIDAYS, "2026-12-24 2026-12-31"))));

            assertEquals(Duration.ofHours(96), db.inTransaction(em -> policies(em).now().serviceLevels().autoClose()),
                    "a node started afterwards reads the value");
            assertEquals(2, db.count("SELECT COUNT(*) FROM policy_setting"));
            assertEquals(1, db.count("SELECT COUNT(*) FROM policy_setting WHERE policy = 'CALENDAR_HOLIDAYS'"
                    + " AND setting_value = '2026-12-24,2026-12-31' AND changed_by = 'staff:" + admin + "'"));
            assertEquals(2, db.count("SELECT COUNT(*) FROM audit_event WHERE action = 'POLICY_CHANGED'"));

            db.inTransaction(em -> policies(em).change(actor, Map.of(Policy.AUTO_CLOSE_HOURS, "72")));

            assertEquals(0, db.count("SELECT COUNT(*) FROM policy_setting WHERE policy = 'AUTO_CLOSE_HOURS'"));
            assertEquals(Duration.ofHours(72), db.inTransaction(em -> policies(em).now().serviceLevels().autoClose()));
        }
    }

    private static Policies policies(EntityManager em) {
        return new Policies(key -> Optional.empty(), new JpaPolicySettingRepository(em), new JpaStaffUserRepository(em),
                new FiredEvents(new AuditLog(new JpaAuditRepository(em), CLOCK), null), CLOCK);
    }
}
