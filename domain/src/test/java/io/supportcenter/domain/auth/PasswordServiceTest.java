package io.supportcenter.domain.auth;

import io.supportcenter.domain.account.User;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.support.AuthFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import static io.supportcenter.domain.support.AuthFixture.ACTOR;
import static io.supportcenter.domain.support.AuthFixture.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordServiceTest {

    private static final String NEW_PASSWORD = "violet-trumpet-harbour-9";

    @Test
    void aChangeNeedsTheCurrentPasswordEndsOtherSessionsAndSendsANotice() {
        AuthFixture fixture = new AuthFixture();
        User user = fixture.account("pat@test.example").getSuperUser();
        int before = user.getCredentialsVersion();

        assertThrows(PasswordService.WrongCurrentPasswordException.class,
                () -> fixture.passwords.changeOwnPassword(fixture.member(user.getId()), "not-my-password", NEW_PASSWORD, NEW_PASSWORD));
        assertEquals(1, fixture.audited(AuditAction.LOGIN_FAILED), "a wrong current password counts as a failed login");

        int after = fixture.passwords.changeOwnPassword(fixture.member(user.getId()), PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertTrue(after > before);
        assertEquals(LoginOutcome.SUCCESS, fixture.login("pat@test.example", NEW_PASSWORD).outcome());
        assertEquals(LoginOutcome.INVALID_CREDENTIALS, fixture.login("pat@test.example", PASSWORD).outcome());
        assertEquals(CredentialEvent.MAIL_PASSWORD_CHANGED, fixture.mails.get(fixture.mails.size() - 1).getTemplate());
        assertEquals(1, fixture.audited(AuditAction.PASSWORD_CHANGED));
    }

    @Test
    void everyPolicyProblemIsReportedAtOnce() {
        AuthFixture fixture = new AuthFixture();
        User user = fixture.account("pat@test.example").getSuperUser();
        PasswordPolicyException refused = assertThrows(PasswordPolicyException.class,
                () -> fixture.passwords.changeOwnPassword(fixture.member(user.getId()), PASSWORD, "password", "passw0rd"));
        assertEquals(List.of("password.policy.too-short", "password.policy.common", "password.confirmation.mismatch"),
                refused.violations());
    }

    @Test
    void afterASystemPasswordTheChangeNeedsNoCurrentPasswordButCannotKeepIt() {
        AuthFixture fixture = new AuthFixture();
        User user = fixture.account("pat@test.example").getSuperUser();
        fixture.loginHelp.request("pat@test.example", ACTOR);
        String systemPassword = fixture.lastMailValue("password");
        assertTrue(fixture.login("pat@test.example", systemPassword).mustChangePassword());

        PasswordPolicyException kept = assertThrows(PasswordPolicyException.class,
                () -> fixture.passwords.changeOwnPassword(fixture.member(user.getId()), null, systemPassword, systemPassword));
        assertTrue(kept.violations().contains("password.policy.system-password"));

        fixture.passwords.changeOwnPassword(fixture.member(user.getId()), null, NEW_PASSWORD, NEW_PASSWORD);
        assertFalse(user.isMustChangePassword());
        assertEquals(LoginOutcome.SUCCESS, fixture.login("pat@test.example", NEW_PASSWORD).outcome());
    }

    @Test
    void aForcedChangeAbandonedAndTakenUpAgainRefusesTheOldPasswordWithWordsThatSaySo() {
        AuthFixture fixture = new AuthFixture();
        User user = fixture.account("pat@test.example").getSuperUser();
        fixture.loginHelp.request("pat@test.example", ACTOR);
        assertTrue(fixture.login("pat@test.example", fixture.lastMailValue("password")).mustChangePassword());
        // The member leaves the forced change and comes back later with the password they had before.
        assertTrue(fixture.login("pat@test.example", PASSWORD).mustChangePassword(), "the old password still leads to the forced change");

        PasswordPolicyException old = assertThrows(PasswordPolicyException.class,
                () -> fixture.passwords.changeOwnPassword(fixture.member(user.getId()), null, PASSWORD, PASSWORD));
        assertEquals(List.of(PasswordService.REUSED_AFTER_SYSTEM_PASSWORD), old.violations());
        assertTrue(user.isMustChangePassword());
        assertEquals(LoginOutcome.SUCCESS, fixture.login("pat@test.example", PASSWORD).outcome(), "nothing was changed");

        fixture.passwords.changeOwnPassword(fixture.member(user.getId()), null, NEW_PASSWORD, NEW_PASSWORD);
        assertFalse(user.isMustChangePassword());
    }

    @Test
    void neitherTheCurrentNorThePreviousPasswordMayBeChosenAgain() {
        AuthFixture fixture = new AuthFixture();
        User user = fixture.account("pat@test.example").getSuperUser();
        PasswordPolicyException same = assertThrows(PasswordPolicyException.class,
                () -> fixture.passwords.changeOwnPassword(fixture.member(user.getId()), PASSWORD, PASSWORD, PASSWORD));
        assertEquals(List.of("password.policy.reused"), same.violations());

        fixture.passwords.changeOwnPassword(fixture.member(user.getId()), PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        PasswordPolicyException back = assertThrows(PasswordPolicyException.class,
                () -> fixture.passwords.changeOwnPassword(fixture.member(user.getId()), NEW_PASSWORD, PASSWORD, PASSWORD));
        assertEquals(List.of("password.policy.reused"), back.violations(), "the password before the current one");

        fixture.passwords.changeOwnPassword(fixture.member(user.getId()), NEW_PASSWORD, "copper-meadow-lantern-58", "copper-meadow-lantern-58");
        fixture.passwords.changeOwnPassword(fixture.member(user.getId()), "copper-meadow-lantern-58", PASSWORD, PASSWORD);
        assertEquals(LoginOutcome.SUCCESS, fixture.login("pat@test.example", PASSWORD).outcome(), "two changes later it is allowed");
    }

    @Test
    void theCompanysNameIsRefusedAsAPassword() {
        AuthFixture fixture = new AuthFixture();
        User user = fixture.account("pat@test.example").getSuperUser();
        String company = user.getAccount().getCompanyName() + " 2026";
        PasswordPolicyException refused = assertThrows(PasswordPolicyException.class,
                () -> fixture.passwords.changeOwnPassword(fixture.member(user.getId()), PASSWORD, company, company));
        assertEquals(List.of("password.policy.personal"), refused.violations());
    }
}
