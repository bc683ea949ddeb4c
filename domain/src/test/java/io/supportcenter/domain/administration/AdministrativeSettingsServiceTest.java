package io.supportcenter.domain.administration;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.account.UserSettings;
import io.supportcenter.domain.account.UserSummary;
import static io.supportcenter.domain.support.AuthFixture.ACTOR;
import static io.supportcenter.domain.support.AuthFixture.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.administration.AdministrativeSettingsService.Gate;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.auth.LoginOutcome;
import io.supportcenter.domain.auth.MemberLogin;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.support.AuthFixture;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every test starts with Pat, SuperUser of an account, who has just opened Administrative Settings with {@link #key}. */
class AdministrativeSettingsServiceTest {

    private final AuthFixture fixture = new AuthFixture();
    private final long pat = fixture.account("pat@test.example").getSuperUser().getId();
    private final String key = fixture.admin.unlock(pat, PASSWORD, ACTOR).key();

    /** Pat adds Sam to the account; Sam's id. */
    private long addSam() {
        fixture.admin.addUser(pat, key, settings("sam@test.example"), ACTOR);
        return fixture.users.findByEmail("sam@test.example").orElseThrow().getId();
    }

    private static UserSettings settings(String email) {
        return new UserSettings("Name of " + email, email, Locale.ENGLISH, ZoneId.of("Europe/Berlin"));
    }

    @Test
    void theGateOpensOnlyForTheSuperUsersPasswordAndFailuresLeadToTheLock() {
        long sam = addSam();

        assertEquals(Gate.NOT_SUPERUSER, fixture.admin.unlock(sam, PASSWORD, ACTOR).gate());
        assertEquals(Gate.UNLOCKED, fixture.admin.unlock(pat, PASSWORD, ACTOR).gate());
        for (int i = 1; i <= 4; i++) {
            assertEquals(Gate.WRONG_PASSWORD, fixture.admin.unlock(pat, "wrong-" + i, ACTOR).gate());
            fixture.clock.advance(Duration.ofSeconds(20));
        }
        assertEquals(Gate.LOCKED, fixture.admin.unlock(pat, "wrong-5", ACTOR).gate());
        assertEquals(Gate.LOCKED, fixture.admin.unlock(pat, PASSWORD, ACTOR).gate());
        assertEquals(LoginOutcome.LOCKED, fixture.login("pat@test.example", PASSWORD).outcome(), "the gate shares the login lock");
        assertEquals(5, fixture.audited(AuditAction.SUPERUSER_GATE_FAILED));
    }

    @Test
    void anAddedUserIsInvitedWithASystemPasswordThatForcesAChange() {
        fixture.admin.addUser(pat, key, settings("New.User@Test.example"), ACTOR);

        assertEquals("user.invited", fixture.mails.get(0).getTemplate());
        assertEquals("new.user@test.example", fixture.mails.get(0).getRecipient());
        MemberLogin login = fixture.login("new.user@test.example", fixture.lastMailValue("password"));
        assertEquals(LoginOutcome.SUCCESS, login.outcome());
        assertTrue(login.mustChangePassword());
        assertEquals(2, fixture.admin.users(pat, key).size());
        assertEquals("account.user.email-taken", assertThrows(BusinessException.class,
                () -> fixture.admin.addUser(pat, key, settings("new.user@test.example"), ACTOR)).messageKey());
    }

    @Test
    void aSuperUserCannotTouchTheUsersOfAnotherAccount() {
        long alex = fixture.account("alex@other.example").getSuperUser().getId();
        for (Runnable attempt : new Runnable[] {
                () -> fixture.admin.disableUser(pat, key, alex, ACTOR),
                () -> fixture.admin.resetPassword(pat, key, alex, ACTOR),
                () -> fixture.admin.updateSettings(pat, key, alex, settings("taken-over@test.example"), ACTOR),
                () -> fixture.admin.transferSuperUser(pat, key, alex, ACTOR)}) {
            assertEquals("account.user.not-member", assertThrows(BusinessException.class, attempt::run).messageKey());
        }
        assertEquals(LoginOutcome.SUCCESS, fixture.login("alex@other.example", PASSWORD).outcome());
    }

    @Test
    void disablingEndsTheUsersSessionsAndLoginsUntilReEnabled() {
        User sam = fixture.users.findById(addSam()).orElseThrow();
        String invitationPassword = fixture.lastMailValue("password");
        int version = sam.getCredentialsVersion();

        fixture.admin.disableUser(pat, key, sam.getId(), ACTOR);
        assertTrue(sam.getCredentialsVersion() > version, "a new credentials version ends the user's sessions");
        assertEquals(LoginOutcome.USER_DISABLED, fixture.login("sam@test.example", invitationPassword).outcome());
        assertEquals("account.superuser.cannot-disable", assertThrows(BusinessException.class,
                () -> fixture.admin.disableUser(pat, key, pat, ACTOR)).messageKey());

        fixture.admin.enableUser(pat, key, sam.getId(), ACTOR);
        assertTrue(sam.isEnabled());
        assertEquals("user.enabled", fixture.mails.get(fixture.mails.size() - 1).getTemplate());
    }

    @Test
    void aTransferMovesTheRoleAndTheFormerSuperUserCanNoLongerAdminister() {
        long sam = addSam();
        fixture.admin.setPassword(pat, key, sam, "violet-trumpet-harbour-9", "violet-trumpet-harbour-9", ACTOR);

        fixture.admin.transferSuperUser(pat, key, sam, ACTOR);
        assertTrue(fixture.users.findById(sam).orElseThrow().isSuperUser());
        assertFalse(fixture.users.findById(pat).orElseThrow().isSuperUser());
        assertEquals("account.admin.not-superuser", assertThrows(BusinessException.class,
                () -> fixture.admin.transferSuperUser(pat, key, pat, ACTOR)).messageKey());
        assertEquals("account.admin.not-superuser", assertThrows(BusinessException.class,
                () -> fixture.admin.users(pat, key)).messageKey(), "the former SuperUser's opening of the gate is worth nothing now");
        String samsKey = fixture.admin.unlock(sam, "violet-trumpet-harbour-9", ACTOR).key();
        assertEquals(1, fixture.admin.users(sam, samsKey).stream().filter(UserSummary::superUser).count());
        assertEquals(1, fixture.audited(AuditAction.SUPERUSER_TRANSFERRED));
    }

    @Test
    void theSuperUserCanSetAPasswordWithinThePolicyAndRemoveAUser() {
        long sam = addSam();

        assertThrows(BusinessException.class, () -> fixture.admin.setPassword(pat, key, sam, "short", "short", ACTOR));
        fixture.admin.setPassword(pat, key, sam, "violet-trumpet-harbour-9", "violet-trumpet-harbour-9", ACTOR);
        assertEquals(LoginOutcome.SUCCESS, fixture.login("sam@test.example", "violet-trumpet-harbour-9").outcome());

        fixture.admin.removeUser(pat, key, sam, ACTOR);
        assertEquals(1, fixture.admin.users(pat, key).size());
        assertEquals(LoginOutcome.INVALID_CREDENTIALS, fixture.login("sam@test.example", "violet-trumpet-harbour-9").outcome());
    }

    @Test
    void nothingAdministrativeHappensWithoutTheGatesKeyOrOnceItRunsOut() {
        long sam = addSam();

        // Whatever calls the service (a page, an endpoint, a forged post), the SuperUser's id alone opens nothing.
        for (String wrong : new String[] {null, "", "not-the-key"}) {
            assertEquals("admin.gate.expired", assertThrows(BusinessException.class,
                    () -> fixture.admin.disableUser(pat, wrong, sam, ACTOR)).messageKey());
            assertEquals("admin.gate.expired", assertThrows(BusinessException.class, () -> fixture.admin.users(pat, wrong)).messageKey());
            assertFalse(fixture.admin.isUnlocked(pat, wrong));
        }
        assertFalse(fixture.admin.isUnlocked(sam, key), "the key opens the gate for the SuperUser who was given it only");

        fixture.clock.advance(Duration.ofMinutes(10));
        String again = fixture.admin.unlock(pat, PASSWORD, ACTOR).key();
        assertTrue(fixture.admin.isUnlocked(pat, again) && fixture.admin.isUnlocked(pat, key), "two browsers, each its own opening");

        fixture.clock.advance(Duration.ofMinutes(5));
        assertFalse(fixture.admin.isUnlocked(pat, key), "the first opening runs out on its own time");
        assertTrue(fixture.admin.isUnlocked(pat, again));
        fixture.clock.advance(Duration.ofMinutes(10));
        assertFalse(fixture.admin.isUnlocked(pat, again));
        assertEquals("admin.gate.expired", assertThrows(BusinessException.class,
                () -> fixture.admin.disableUser(pat, again, sam, ACTOR)).messageKey(), "the opening runs out");
        assertTrue(fixture.users.findById(sam).orElseThrow().isEnabled(), "nothing was done");
    }
}
