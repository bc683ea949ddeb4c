package io.supportcenter.domain.lifecycle;

import static io.supportcenter.domain.support.AuthFixture.ACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.console.AccountTools;
import io.supportcenter.domain.console.SessionsEnded;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.identity.UserId;
import io.supportcenter.domain.shared.DomainEvent;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import io.supportcenter.domain.support.AuthFixture;
import io.supportcenter.domain.support.Callers;
import io.supportcenter.domain.support.TestEntities;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each kind of {@link AccountStatusEvent} (and the console's {@link SessionsEnded}), fired by the use
 * case that makes it: the line the audit log writes and the mails the outbox keeps.
 */
class AccountStatusEventsTest {

    private final AuthFixture fixture = new AuthFixture();
    private final StaffUserRepository staff = TestEntities.staff();
    private final AccountTools tools = new AccountTools(fixture.accounts, fixture.users, staff, fixture.loginHelp, fixture.guard,
            fixture.events, fixture.clock);
    private final Caller.Staff admin;

    AccountStatusEventsTest() {
        staff.add(new StaffUser("ada@fixture.example", "Ada Admin", "hash", List.of(StaffRole.ADMIN), List.of(), fixture.clock.instant()));
        admin = Callers.staff(staff.findByEmail("ada@fixture.example").orElseThrow().getId(), StaffRole.ADMIN);
    }

    private Account open(String email) {
        Account account = TestEntities.withId(fixture.account(email), 901);
        fixture.forget();
        return account;
    }

    private Account dormant(String email) {
        Account account = open(email);
        account.deactivateForDormancy(fixture.clock.instant().minus(Duration.ofDays(10)));
        fixture.forget();
        return account;
    }

    private void assertOnly(Class<? extends DomainEvent> kind, Caller actor, AuditAction action, String subject, String detail) {
        fixture.assertFired(kind, actor, action, subject, detail);
        assertEquals(1, fixture.events.fired.size(), "one event");
        assertEquals(1, fixture.audit.size(), "one line");
    }

    @Test
    void reactivatedByItsUser() {
        Account account = dormant("pat@test.example");
        new Reactivation(fixture.users, fixture.accounts, fixture.events, fixture.clock).reactivateSelf(new UserId(account.getSuperUser().getId()), ACTOR);
        assertOnly(AccountStatusEvent.ReactivatedByItsUser.class, ACTOR, AuditAction.ACCOUNT_REACTIVATED,
                "account:" + account.getNumber(), "by its user pat@test.example");
        assertEquals(List.of("account.reactivated pat@test.example"), fixture.mailed());
    }

    @Test
    void reactivatedBySupport() {
        Account account = dormant("pat@test.example");
        tools.reactivate(admin, account.getNumber());
        assertOnly(AccountStatusEvent.ReactivatedBySupport.class, admin, AuditAction.ACCOUNT_REACTIVATED,
                "account:" + account.getNumber(), null);
        assertEquals(List.of("account.reactivated-by-support pat@test.example"), fixture.mailed());
    }

    @Test
    void closedForCompliance() {
        Account account = open("pat@test.example");
        tools.closeForCompliance(admin, account.getNumber(), "chargebacks");
        assertOnly(AccountStatusEvent.ClosedForCompliance.class, admin, AuditAction.ACCOUNT_CLOSED_FOR_COMPLIANCE,
                "account:" + account.getNumber(), "chargebacks");
        assertEquals(List.of(), fixture.mailed());
    }

    @Test
    void sessionsEnded() {
        Account account = open("pat@test.example");
        long pat = account.getSuperUser().getId();
        tools.endSessions(admin, account.getNumber(), new UserId(pat));
        assertOnly(SessionsEnded.class, admin, AuditAction.SESSIONS_ENDED, "user:" + pat, null);
        assertEquals(List.of(), fixture.mailed());
    }
}
