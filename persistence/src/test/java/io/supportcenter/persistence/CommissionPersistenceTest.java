package io.supportcenter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.account.NewUser;
import io.supportcenter.domain.audit.AuditLog;
import io.supportcenter.domain.auth.PasswordHasher;
import io.supportcenter.domain.commission.ApiKeys;
import io.supportcenter.domain.commission.CommissionInput;
import io.supportcenter.domain.commission.CommissionIntake;
import io.supportcenter.domain.commission.CommissionIntake.Outcome;
import io.supportcenter.domain.commission.CommissionIntake.Status;
import io.supportcenter.domain.demo.DemoDataService;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.policy.PolicyValues;
import io.supportcenter.domain.support.FiredEvents;
import io.supportcenter.persistence.account.JpaAccountRepository;
import io.supportcenter.persistence.audit.JpaAuditRepository;
import io.supportcenter.persistence.commission.JpaApiKeyRepository;
import io.supportcenter.persistence.commission.JpaCommissionRecordRepository;
import io.supportcenter.persistence.ops.JpaTaskLockRepository;
import io.supportcenter.persistence.staff.JpaStaffUserRepository;
import io.supportcenter.persistence.staff.JpaTeamRepository;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Commission records on a real database: accepted once per external id, refused with a reason per
 * record, a valid one moves the account's date (in Pacific days) and withdraws a dormancy warning; an
 * API key works until it is revoked and is stored only as a hash.
 */
class CommissionPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
    private static final Policies DEFAULTS = new Policies() {
        @Override
        public PolicyValues now() {
            return PolicyValues.of(Map.of());
        }
    };

    private static CommissionIntake intake(EntityManager em) {
        return new CommissionIntake(new JpaCommissionRecordRepository(em), new JpaAccountRepository(em), new JpaStaffUserRepository(em), DEFAULTS, CLOCK);
    }

    private static CommissionInput record(String id, String account, boolean valid, String at) {
        return new CommissionInput(id, account, new BigDecimal("12.50"), "usd", Instant.parse(at), valid);
    }

    @Test
    void recordsCountOnceAndAValidOneMovesTheAccountsDate() {
        try (TestDatabase db = TestDatabase.create().migrate()) {
            db.inTransaction(em -> {
                Account account = Account.open("7200001", "Acme", AccountType.PUBLISHER, new NewUser("c@commission.example", "C",
                        "pbkdf2-sha256$600000$c2FsdA$aGFzaA", Locale.ENGLISH, ZoneId.of("America/Los_Angeles")), Instant.parse("2026-01-01T00:00:00Z"));
                new JpaAccountRepository(em).add(account);
                account.warnOfDormancy(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T08:00:00Z"));
                return null;
            });

            List<Outcome> first = db.inTransaction(em -> intake(em).receive(Arrays.asList(
                    record("ext-1", "7200001", true, "2026-11-19T03:00:00Z"),
                    record("ext-1", "7200001", true, "2026-11-19T03:00:00Z"),
                    record("ext-2", "9999999", true, "2026-11-19T03:00:00Z"),
                    new CommissionInput("ext-3", "7200001", new BigDecimal("1"), "dollars", Instant.parse("2026-11-19T03:00:00Z"), true),
                    record("ext-4", "7200001", false, "2026-11-20T03:00:00Z"),
                    null), "api-key:1"));

            assertEquals(List.of(Status.ACCEPTED, Status.REPEATED, Status.REFUSED, Status.REFUSED, Status.ACCEPTED, Status.REFUSED),
                    first.stream().map(Outcome::status).toList());
            assertEquals(Arrays.asList(null, null, "unknown-account", "currency", null, "not-a-record"),
                    first.stream().map(Outcome::reason).toList());
            assertEquals(Status.REPEATED, db.inTransaction(em -> intake(em).receive(List.of(
                    record("ext-1", "7200001", true, "2026-11-19T03:00:00Z")), "api-key:1")).get(0).status(), "a later repeat");
            assertEquals(2, db.count("SELECT COUNT(*) FROM commission_record"));
            assertEquals(1, db.count("SELECT COUNT(*) FROM account WHERE account_number = '7200001'"
                    + " AND last_valid_commission_on = DATE '2026-11-18' AND dormancy_warned_at IS NULL"),
                    "19 November 03:00 UTC is the 18th in Pacific time; the invalid record does not count; the warning is withdrawn");
        }
    }

    @Test
    void anApiKeyWorksUntilRevokedAndOnlyItsHashIsKept() {
        try (TestDatabase db = TestDatabase.create().migrate()) {
            db.inTransaction(em -> new DemoDataService(new JpaTaskLockRepository(em), new JpaAccountRepository(em),
                    new JpaStaffUserRepository(em), new JpaTeamRepository(em), new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS),
                    CLOCK).loadOnce());
            long admin = db.count("SELECT id FROM staff_user WHERE email = 'admin@support.example'");
            Caller.Staff actor = new Caller.Staff(new StaffId(admin), Set.of(StaffRole.ADMIN), "127.0.0.1");
            ApiKeys.NewKey made = db.inTransaction(em -> keys(em).create(actor, "Tracking platform"));

            assertTrue(made.secret().startsWith("sc_") && made.secret().length() > 40);
            assertEquals(0, db.count("SELECT COUNT(*) FROM api_key WHERE key_hash LIKE '%" + made.secret() + "%'"));
            assertTrue(db.inTransaction(em -> keys(em).authenticate(made.secret())).isPresent());
            assertTrue(db.inTransaction(em -> keys(em).authenticate(made.secret() + "x")).isEmpty());

            db.inTransaction(em -> {
                keys(em).revoke(actor, made.id());
                return null;
            });
            assertTrue(db.inTransaction(em -> keys(em).authenticate(made.secret())).isEmpty(), "revoked");
        }
    }

    private static ApiKeys keys(EntityManager em) {
        return new ApiKeys(new JpaApiKeyRepository(em), new JpaStaffUserRepository(em), new FiredEvents(new AuditLog(new JpaAuditRepository(em), CLOCK), null), CLOCK);
    }
}
