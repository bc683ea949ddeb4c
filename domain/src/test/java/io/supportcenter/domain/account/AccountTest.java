package io.supportcenter.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.shared.BusinessException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-02T17:00:00Z");

    private static NewUser user(String email) {
        return new NewUser(email, "Name of " + email, "hash", Locale.ENGLISH, ZoneId.of("America/Los_Angeles"));
    }

    private static Account account() {
        return Account.open("4000999", "Test Media", AccountType.PUBLISHER, user("first@test.example"), NOW);
    }

    @Test
    void theFirstUserOfANewAccountIsItsSuperUser() {
        Account account = account();
        User first = account.getUsers().get(0);
        assertTrue(first.isSuperUser());
        assertEquals(first, account.getSuperUser());
        assertEquals(AccountStatus.ACTIVE, account.getStatus());
    }

    @Test
    void addedUsersAreNotSuperUsers() {
        Account account = account();
        User second = account.addUser(user("second@test.example"), NOW);
        assertFalse(second.isSuperUser());
        assertEquals(1, account.getUsers().stream().filter(User::isSuperUser).count());
    }

    @Test
    void transferMovesTheRoleSoThereIsStillExactlyOne() {
        Account account = account();
        User first = account.getSuperUser();
        User second = account.addUser(user("second@test.example"), NOW);

        account.transferSuperUserTo(second);

        assertTrue(second.isSuperUser());
        assertFalse(first.isSuperUser());
        assertEquals(1, account.getUsers().stream().filter(User::isSuperUser).count());
    }

    @Test
    void transferToAUserOfAnotherAccountIsRefused() {
        Account account = account();
        Account other = Account.open("4000998", "Other", AccountType.ADVERTISER, user("x@other.example"), NOW);
        BusinessException refused = assertThrows(BusinessException.class,
                () -> account.transferSuperUserTo(other.getSuperUser()));
        assertEquals("account.user.not-member", refused.messageKey());
        assertTrue(other.getSuperUser().isSuperUser());
    }

    @Test
    void transferToADisabledUserIsRefused() {
        Account account = account();
        User second = account.addUser(user("second@test.example"), NOW);
        account.disableUser(second);
        BusinessException refused = assertThrows(BusinessException.class, () -> account.transferSuperUserTo(second));
        assertEquals("account.superuser.transfer.target-disabled", refused.messageKey());
    }

    @Test
    void theSuperUserCanBeNeitherDisabledNorRemoved() {
        Account account = account();
        User superUser = account.getSuperUser();
        assertEquals("account.superuser.cannot-disable",
                assertThrows(BusinessException.class, () -> account.disableUser(superUser)).messageKey());
        assertEquals("account.superuser.cannot-remove",
                assertThrows(BusinessException.class, () -> account.removeUser(superUser)).messageKey());
        assertTrue(superUser.isEnabled());
        assertTrue(account.getUsers().contains(superUser));
    }

    @Test
    void anOrdinaryUserCanBeDisabledAndRemoved() {
        Account account = account();
        User second = account.addUser(user("second@test.example"), NOW);
        account.disableUser(second);
        assertFalse(second.isEnabled());
        account.removeUser(second);
        assertFalse(account.getUsers().contains(second));
    }

    @Test
    void emailsAreStoredInTheirCanonicalForm() {
        Account account = Account.open("4000997", "Case", AccountType.PUBLISHER, user("  Mixed.Case@Test.Example "), NOW);
        assertEquals("mixed.case@test.example", account.getSuperUser().getEmail());
    }

    @Test
    void anImplausibleEmailIsRefused() {
        assertEquals("validation.email.invalid", assertThrows(BusinessException.class,
                () -> Account.open("4000996", "Bad", AccountType.PUBLISHER, user("not-an-email"), NOW)).messageKey());
    }

    @Test
    void complianceClosureRecordsTimeAndReasonAndIsFinal() {
        Account account = account();
        account.deactivateForCompliance(NOW, "fraudulent traffic");
        assertEquals(AccountStatus.DEACTIVATED_COMPLIANCE, account.getStatus());
        assertEquals(NOW, account.getDeactivatedAt().orElseThrow());
        assertEquals("fraudulent traffic", account.getDeactivationReason().orElseThrow());
        assertThrows(BusinessException.class, () -> account.deactivateForDormancy(NOW));
    }

    @Test
    void dormancyDeactivationNeedsAnActiveAccount() {
        Account account = account();
        account.deactivateForDormancy(NOW);
        assertEquals(AccountStatus.DEACTIVATED_DORMANT, account.getStatus());
        assertThrows(BusinessException.class, () -> account.deactivateForDormancy(NOW));
    }

    @Test
    void onlyADormantAccountIsReactivatedAComplianceClosureIsFinal() {
        Account account = account();
        assertEquals("account.status.not-deactivated", assertThrows(BusinessException.class, () -> account.reactivate(NOW)).messageKey());
        account.deactivateForDormancy(Instant.parse("2026-01-31T23:59:00Z"));
        account.reactivate(Instant.parse("2026-02-10T09:00:00Z"));
        assertEquals(AccountStatus.ACTIVE, account.getStatus());
        assertTrue(account.getDeactivatedAt().isEmpty());
        account.deactivateForCompliance(Instant.parse("2026-02-02T10:00:00Z"), "Fraudulent leads");
        assertEquals("account.status.compliance-final", assertThrows(BusinessException.class, () -> account.reactivate(NOW)).messageKey());
    }
}
