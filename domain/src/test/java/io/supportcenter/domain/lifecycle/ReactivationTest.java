package io.supportcenter.domain.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountStatus;
import io.supportcenter.domain.account.AccountStatusChange;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.identity.UserId;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.support.AuthFixture;
import io.supportcenter.domain.support.TestEntities;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Self-reactivation at 179 and 181 days after a dormancy deactivation, and none after a compliance closure. */
class ReactivationTest {

    private final AuthFixture fixture = new AuthFixture();
    private final List<AccountStatusChange> changes = fixture.accounts.changes;
    private final Reactivation reactivation = new Reactivation(fixture.users, fixture.accounts, fixture.events,
            fixture.clock);

    private Account deactivated(String email, int daysAgo) {
        Account account = TestEntities.withId(fixture.account(email), 900 + daysAgo);
        account.deactivateForDormancy(fixture.clock.instant().minus(Duration.ofDays(daysAgo)));
        return account;
    }

    @Test
    void within180DaysTheUserReactivatesInOneStep() {
        Account account = deactivated("recent@fixture.example", 179);
        long user = account.getSuperUser().getId();
        assertEquals(Reactivation.Kind.SELF_SERVICE, reactivation.situation(new UserId(user)).kind());

        reactivation.reactivateSelf(new UserId(user), AuthFixture.ACTOR);

        assertEquals(AccountStatus.ACTIVE, account.getStatus());
        assertEquals(LocalDate.ofInstant(fixture.clock.instant(), ZoneOffset.UTC), account.lastActiveOn(ZoneOffset.UTC),
                "dormancy counts afresh from today");
        assertEquals(1, changes.size());
        assertEquals(AccountStatusEvent.MAIL_REACTIVATED, fixture.mails.get(fixture.mails.size() - 1).getTemplate());
        assertEquals(1, fixture.audited(AuditAction.ACCOUNT_REACTIVATED));
    }

    @Test
    void after180DaysOnlyClientSupportCanAndAClosedAccountStaysClosed() {
        long old = deactivated("old@fixture.example", 181).getSuperUser().getId();
        assertEquals(Reactivation.Kind.SUPPORT_ONLY, reactivation.situation(new UserId(old)).kind());
        assertEquals("reactivation.not-allowed", assertThrows(BusinessException.class,
                () -> reactivation.reactivateSelf(new UserId(old), AuthFixture.ACTOR)).messageKey());

        Account closedAccount = fixture.account("closed@fixture.example");
        closedAccount.deactivateForCompliance(fixture.clock.instant(), "fraud");
        long closed = closedAccount.getSuperUser().getId();
        assertEquals(Reactivation.Kind.CLOSED, reactivation.situation(new UserId(closed)).kind());
        assertThrows(BusinessException.class, () -> reactivation.reactivateSelf(new UserId(closed), AuthFixture.ACTOR));
        assertEquals(AccountStatus.DEACTIVATED_COMPLIANCE, closedAccount.getStatus());
        assertEquals(0, changes.size());
    }
}
