package io.supportcenter.domain.administration;

import io.supportcenter.domain.account.User;
import io.supportcenter.domain.account.UserSettings;
import io.supportcenter.domain.account.UserSummary;
import io.supportcenter.domain.administration.AdministrativeSettingsService.Gate;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.auth.LoginOutcome;
import io.supportcenter.domain.auth.MemberLogin;
import io.supportcenter.domain.identity.UserId;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.support.AuthFixture;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import static io.supportcenter.domain.support.AuthFixture.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every test starts with Pat, SuperUser of an account, who has just opened Administrative Settings with {@link #key}. */
class AdministrativeSettingsServiceTest {

    private final AuthFixture fixture = new AuthFixture();
    private final long pat = fixture.account("pat@test.example").getSuperUser().getId();
    private final String key = fixture.admin.unlock(fixture.member(pat), PASSWORD).key();

    /** Pat adds Sam to the account; Sam's id. */
    private long addSam() {
        fixture.admin.addUser(fixture.member(pat), key, settings("sam@test.example"));
        return fixture.users.findByEmail("sam@test.example").orElseThrow().getId();
    }

    private static UserSettings settings(String email) {
        return new UserSettings("Name of " + email, email, Locale.ENGLISH, ZoneId.of("Europe/Berlin"));
    }

    @Test
    void theGateOpensOnlyForTheSuperUsersPasswordAndFailuresLeadToTheLock() {
        long sam = addSam();

        assertEquals(Gate.NOT_SUPERUSER, fixture.admin.unlock(fixture.member(sam), PASSWORD).gate());
        assertEquals(Gate.UNLOCKED, fixture.admin.unlock(fixture.member(pat), PASSWORD).gate());
        for (int i = 1; i <= 4; i++) {
            assertEquals(Gate.WRONG_PASSWORD, fixture.admin.unlock(fixture.member(pat), "wrong-" + i).gate());
            fixture.clock.advance(Duration.ofSeconds(20));
        }
        assertEquals(Gate.LOCKED, fixture.admin.unlock(fixture.member(pat), "wrong-5").gate());
        assertEquals(Gate.LOCKED, fixture.admin.unlock(fixture.member(pat), PASSWORD).gate());
        assertEquals(LoginOutcome.LOCKED, fixture.login("pat@test.example", PASSWORD).outcome(), "the gate shares the login lock");
        assertEquals(5, fixture.audited(AuditAction.SUPERUSER_GATE_FAILED));
    }

    @Test
    void anAddedUserIsInvitedWithASystemPasswordThatForcesAChange() {
        fixture.admin.addUser(fixture.member(pat), key, settings("New.User@Test.example"));

        assertEquals("user.invited", fixture.mails.get(0).getTemplate());
        assertEquals("new.user@test.example", fixture.mails.get(0).getRecipient());
        MemberLogin login = fixture.login("new.user@test.example", fixture.lastMailValue("password"));
        assertEquals(LoginOutcome.SUCCESS, login.outcome());
        assertTrue(login.mustChangePassword());
        assertEquals(2, fixture.admin.users(fixture.member(pat), key).size());
        assertEquals("account.user.email-taken", assertThrows(BusinessException.class,
                () -> fixture.admin.addUser(fixture.member(pat), key, settings("new.user@test.example"))).messageKey());
    }

    @Test
    void aSuperUserCannotTouchTheUsersOfAnotherAccount() {
        long alex = fixture.account("alex@other.example").getSuperUser().getId();
        for (Runnable attempt : new Runnable[] {
                () -> fixture.admin.disableUser(fixture.member(pat), key, new UserId(alex)),
                () -> fixture.admin.resetPassword(fixture.member(pat), key, new UserId(alex)),
                () -> fixture.admin.updateSettings(fixture.member(pat), key, new UserId(alex), settings("taken-over@test.example")),
                () -> fixture.admin.transferSuperUser(fixture.member(pat), key, new UserId(alex))}) {
            assertEquals("account.user.not-member", assertThrows(BusinessException.class, attempt::run).messageKey());
        }
        assertEquals(LoginOutcome.SUCCESS, fixture.login("alex@other.example", PASSWORD).outcome());
    }

    @Test
    void disablingEndsTheUsersSessionsAndLoginsUntilReEnabled() {
        User sam = fixture.users.findById(addSam()).orElseThrow();
        String invitationPassword = fixture.lastMailValue("password");
        int version = sam.getCredentialsVersion();

        fixture.admin.disableUser(fixture.member(pat), key, new UserId(sam.getId()));
        assertTrue(sam.getCredentialsVersion() > version, "a new credentials version ends the user's sessions");
        assertEquals(LoginOutcome.USER_DISABLED, fixture.login("sam@test.example", invitationPassword).outcome());
        assertEquals("account.superuser.cannot-disable", assertThrows(BusinessException.class,
                () -> fixture.admin.disableUser(fixture.member(pat), key, new UserId(pat))).messageKey());

        fixture.admin.enableUser(fixture.member(pat), key, new UserId(sam.getId()));
        assertTrue(sam.isEnabled());
        assertEquals("user.enabled", fixture.mails.get(fixture.mails.size() - 1).getTemplate());
    }

    @Test
    void aTransferMovesTheRoleAndTheFormerSuperUserCanNoLongerAdminister() {
        long sam = addSam();
        fixture.admin.setPassword(fixture.member(pat), key, new UserId(sam), "violet-trumpet-harbour-9", "violet-trumpet-harbour-9");

        fixture.admin.transferSuperUser(fixture.member(pat), key, new UserId(sam));
        assertTrue(fixture.users.findById(sam).orElseThrow().isSuperUser());
        assertFalse(fixture.users.findById(pat).orElseThrow().isSuperUser());
        assertEquals("account.admin.not-superuser", assertThrows(BusinessException.class,
                () -> fixture.admin.transferSuperUser(fixture.member(pat), key, new UserId(pat))).messageKey());
        assertEquals("account.admin.not-superuser", assertThrows(BusinessException.class,
                () -> fixture.admin.users(fixture.member(pat), key)).messageKey(), "the former SuperUser's opening of the gate is worth nothing now");
        String samsKey = fixture.admin.unlock(fixture.member(sam), "violet-trumpet-harbour-9").key();
        assertEquals(1, fixture.admin.users(fixture.member(sam), samsKey).stream().filter(UserSummary::superUser).count());
        assertEquals(1, fixture.audited(AuditAction.SUPERUSER_TRANSFERRED));
    }

    @Test
    void theSuperUserCanSetAPasswordWithinThePolicyAndRemoveAUser() {
        long sam = addSam();

        assertThrows(BusinessException.class, () -> fixture.admin.setPassword(fixture.member(pat), key, new UserId(sam), "short", "short"));
        fixture.admin.setPassword(fixture.member(pat), key, new UserId(sam), "violet-trumpet-harbour-9", "violet-trumpet-harbour-9");
        assertEquals(LoginOutcome.SUCCESS, fixture.login("sam@test.example", "violet-trumpet-harbour-9").outcome());

        fixture.admin.removeUser(fixture.member(pat), key, new UserId(sam));
        assertEquals(1, fixture.admin.users(fixture.member(pat), key).size());
        assertEquals(LoginOutcome.INVALID_CREDENTIALS, fixture.login("sam@test.example", "violet-trumpet-harbour-9").outcome());
    }

    @Test
    void nothingAdministrativeHappensWithoutTheGatesKeyOrOnceItRunsOut() {
        long sam = addSam();

        // Whatever calls the service (a page, an endpoint, a forged post), the SuperUser's id alone opens nothing.
        for (String wrong : new String[] {null, "", "not-the-key"}) {
            assertEquals("admin.gate.expired", assertThrows(BusinessException.class,
                    () -> fixture.admin.disableUser(fixture.member(pat), wrong, new UserId(sam))).messageKey());
            assertEquals("admin.gate.expired", assertThrows(BusinessException.class, () -> fixture.admin.users(fixture.member(pat), wrong)).messageKey());
            assertFalse(fixture.admin.isUnlocked(fixture.member(pat), wrong));
        }
        assertFalse(fixture.admin.isUnlocked(fixture.member(sam), key), "the key opens the gate for the SuperUser who was given it only");

        fixture.clock.advance(Duration.ofMinutes(10));
        String again = fixture.admin.unlock(fixture.member(pat), PASSWORD).key();
        assertTrue(fixture.admin.isUnlocked(fixture.member(pat), again) && fixture.admin.isUnlocked(fixture.member(pat), key), "two browsers, each its own opening");

        fixture.clock.advance(Duration.ofMinutes(5));
        assertFalse(fixture.admin.isUnlocked(fixture.member(pat), key), "the first opening runs out on its own time");
        assertTrue(fixture.admin.isUnlocked(fixture.member(pat), again));
        fixture.clock.advance(Duration.ofMinutes(10));
        assertFalse(fixture.admin.isUnlocked(fixture.member(pat), again));
        assertEquals("admin.gate.expired", assertThrows(BusinessException.class,
                () -> fixture.admin.disableUser(fixture.member(pat), again, new UserId(sam))).messageKey(), "the opening runs out");
        assertTrue(fixture.users.findById(sam).orElseThrow().isEnabled(), "nothing was done");
    }
}
