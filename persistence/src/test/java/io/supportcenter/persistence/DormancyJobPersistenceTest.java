package io.supportcenter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.account.NewUser;
import io.supportcenter.domain.audit.AuditLog;
import io.supportcenter.domain.lifecycle.DormancyJob;
import io.supportcenter.domain.mail.Outbox;
import io.supportcenter.domain.mail.OutboxPolicy;
import io.supportcenter.domain.policy.PolicyValues;
import io.supportcenter.domain.support.FiredEvents;
import io.supportcenter.persistence.account.JpaAccountRepository;
import io.supportcenter.persistence.audit.JpaAuditRepository;
import io.supportcenter.persistence.mail.JpaOutgoingMailRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The dormancy job on a real database: a publisher without commissions is warned once even when two
 * runs start together, deactivated at the announced month end, and a commission in between withdraws
 * the warning of another account.
 */
class DormancyJobPersistenceTest {

    private static final Instant OPENED = Instant.parse("2026-01-10T18:00:00Z");
    private static final PolicyValues DEFAULTS = PolicyValues.of(Map.of());

    /** What one run did. */
    private record Result(int warned, int deactivated) {
    }

    /** One run as the job's timer makes it: the due accounts, then each in a transaction of its own. */
    private static Result run(TestDatabase db, Instant at) {
        int warned = 0;
        int deactivated = 0;
        for (long id : db.inTransaction(em -> job(em, at).due(100))) {
            DormancyJob.Outcome outcome = db.inTransaction(em -> job(em, at).handle(id));
            warned += outcome == DormancyJob.Outcome.WARNED ? 1 : 0;
            deactivated += outcome == DormancyJob.Outcome.DEACTIVATED ? 1 : 0;
        }
        return new Result(warned, deactivated);
    }

    private static DormancyJob job(EntityManager em, Instant at) {
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        return new DormancyJob(new JpaAccountRepository(em),
                new FiredEvents(new AuditLog(new JpaAuditRepository(em), clock),
                        new Outbox(new JpaOutgoingMailRepository(em), OutboxPolicy.defaults(), clock)), DEFAULTS::dormancy, clock);
    }

    private static void open(TestDatabase db, String number, AccountType type) {
        db.inTransaction(em -> {
            new JpaAccountRepository(em).add(Account.open(number, "Company " + number, type, new NewUser(number + "@dormant.example",
                    "Name " + number, "pbkdf2-sha256$600000$c2FsdA$aGFzaA", Locale.ENGLISH, ZoneId.of("America/Los_Angeles")), OPENED));
            return null;
        });
    }

    @Test
    void warnedOnceThenDeactivatedAtTheMonthEndUnlessACommissionCameFirst() throws Exception {
        try (TestDatabase db = TestDatabase.create().migrate()) {
            open(db, "7100001", AccountType.PUBLISHER);
            open(db, "7100002", AccountType.PUBLISHER);
            open(db, "7100003", AccountType.ADVERTISER);
            // Opened 10 January 2026: dormant on 10 July, deactivated on 1 August (Pacific), warned on 2 July.
            assertEquals(new Result(0, 0), run(db, Instant.parse("2026-07-02T06:59:00Z")), "1 July, 23:59 Pacific");

            Instant warningDay = Instant.parse("2026-07-02T07:00:00Z");
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            int warned = 0;
            try {
                List<Future<Result>> results = List.of(
                        nodes.submit(() -> { start.await(); return run(db, warningDay); }),
                        nodes.submit(() -> { start.await(); return run(db, warningDay); }));
                start.countDown();
                for (Future<Result> result : results) {
                    warned += result.get().warned();
                }
            } finally {
                nodes.shutdownNow();
            }
            assertEquals(2, warned, "both publishers warned, each once, though two runs started together");
            assertEquals(2, db.count("SELECT COUNT(*) FROM outgoing_mail WHERE template = 'dormancy.warning'"));
            assertEquals(1, db.count("SELECT COUNT(*) FROM outgoing_mail m JOIN outgoing_mail_value v ON v.mail_id = m.id"
                    + " WHERE m.recipient = '7100001@dormant.example' AND v.name = 'lastDay' AND v.content = 'July 31, 2026'"));

            db.inTransaction(em -> new JpaAccountRepository(em).findByNumber("7100002").orElseThrow()
                    .recordValidCommission(LocalDate.parse("2026-07-15")));

            assertEquals(new Result(0, 0), run(db, Instant.parse("2026-08-01T06:59:00Z")), "31 July, 23:59 Pacific");
            assertEquals(new Result(0, 1), run(db, Instant.parse("2026-08-01T07:00:00Z")));
            assertEquals(new Result(0, 0), run(db, Instant.parse("2026-08-01T07:05:00Z")), "deactivated once");

            assertEquals(1, db.count("SELECT COUNT(*) FROM account WHERE account_number = '7100001' AND status = 'DEACTIVATED_DORMANT'"));
            assertEquals(1, db.count("SELECT COUNT(*) FROM account WHERE account_number = '7100002' AND status = 'ACTIVE'"
                    + " AND dormancy_warned_at IS NULL"), "the commission withdrew its warning");
            assertEquals(1, db.count("SELECT COUNT(*) FROM account WHERE account_number = '7100003' AND status = 'ACTIVE'"),
                    "advertisers do not go dormant");
            assertEquals(1, db.count("SELECT COUNT(*) FROM outgoing_mail WHERE template = 'dormancy.deactivated'"));
        }
    }
}
