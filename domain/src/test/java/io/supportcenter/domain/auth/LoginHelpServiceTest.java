package io.supportcenter.domain.auth;

import io.supportcenter.domain.support.AuthFixture;
import static io.supportcenter.domain.support.AuthFixture.ACTOR;
import static io.supportcenter.domain.support.AuthFixture.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.mail.OutgoingMail;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginHelpServiceTest {

    @Test
    void aKnownAddressGetsASystemPasswordThatWorksOnceAndForcesAChange() {
        AuthFixture fixture = new AuthFixture();
        fixture.account("pat@test.example");

        assertEquals(LoginHelpOutcome.SENT, fixture.loginHelp.request("Pat@Test.example", ACTOR));
        OutgoingMail mail = fixture.mails.get(0);
        assertEquals(CredentialEvent.MAIL_LOGIN_HELP_PASSWORD, mail.getTemplate());
        assertEquals("pat@test.example", mail.getRecipient());
        String systemPassword = fixture.lastMailValue("password");
        assertTrue(systemPassword.length() >= 12);
        assertTrue(systemPassword.chars().allMatch(c -> OneTimeSecrets.UNAMBIGUOUS.indexOf(c) >= 0));

        assertEquals(LoginOutcome.SUCCESS, fixture.login("pat@test.example", PASSWORD).outcome(),
                "the old password keeps working until the system password is used");

        MemberLogin withSystemPassword = fixture.login("pat@test.example", systemPassword);
        assertEquals(LoginOutcome.SUCCESS, withSystemPassword.outcome());
        assertTrue(withSystemPassword.mustChangePassword());
        assertEquals(LoginOutcome.ONE_TIME_PASSWORD_USED, fixture.login("pat@test.example", systemPassword).outcome());
        assertEquals(1, fixture.audited(AuditAction.TEMPORARY_PASSWORD_USED));
    }

    @Test
    void theSystemPasswordExpiresAfterItsValidity() {
        AuthFixture fixture = new AuthFixture();
        fixture.account("pat@test.example");
        fixture.loginHelp.request("pat@test.example", ACTOR);
        String systemPassword = fixture.lastMailValue("password");
        fixture.clock.advance(Duration.ofMinutes(60));
        assertEquals(LoginOutcome.ONE_TIME_PASSWORD_EXPIRED, fixture.login("pat@test.example", systemPassword).outcome());
        assertEquals(LoginOutcome.SUCCESS, fixture.login("pat@test.example", PASSWORD).outcome());
    }

    @Test
    void aLockedOutUserCanStillUseLoginHelpAndItsPassword() {
        AuthFixture fixture = new AuthFixture();
        fixture.account("pat@test.example");
        for (int i = 0; i < 5; i++) {
            fixture.login("pat@test.example", "wrong-" + i);
        }
        assertEquals(LoginOutcome.LOCKED, fixture.login("pat@test.example", PASSWORD).outcome());
        assertEquals(LoginHelpOutcome.SENT, fixture.loginHelp.request("pat@test.example", ACTOR));
        assertEquals(LoginOutcome.SUCCESS, fixture.login("pat@test.example", fixture.lastMailValue("password")).outcome());
    }

    @Test
    void anUnknownOrInactiveAddressGetsNoMail() {
        AuthFixture fixture = new AuthFixture();
        Account closed = fixture.account("carl@test.example");
        closed.deactivateForCompliance(fixture.clock.instant(), "policy");
        assertEquals(LoginHelpOutcome.UNKNOWN_ADDRESS, fixture.loginHelp.request("nobody@test.example", ACTOR));
        assertEquals(LoginHelpOutcome.UNKNOWN_ADDRESS, fixture.loginHelp.request("carl@test.example", ACTOR));
        assertEquals(0, fixture.mails.size());
        assertEquals(2, fixture.audited(AuditAction.LOGIN_HELP_REQUESTED));
    }

    @Test
    void theSixthRequestWithinAnHourIsThrottled() {
        AuthFixture fixture = new AuthFixture();
        fixture.account("pat@test.example");
        for (int i = 0; i < 5; i++) {
            assertEquals(LoginHelpOutcome.SENT, fixture.loginHelp.request("pat@test.example", ACTOR));
        }
        assertEquals(LoginHelpOutcome.THROTTLED, fixture.loginHelp.request("pat@test.example", ACTOR));
        assertEquals(5, fixture.mails.size());
        assertEquals(LoginHelpOutcome.SENT, fixture.loginHelp.request("pat@test.example",
                io.supportcenter.domain.audit.Actor.anonymous("198.51.100.8")),
                "another client's requests did not use up the owner's quota");
        fixture.clock.advance(Duration.ofMinutes(61));
        assertEquals(LoginHelpOutcome.SENT, fixture.loginHelp.request("pat@test.example", ACTOR));
    }

    @Test
    void oneClientAskingForManyAddressesIsThrottledToo() {
        AuthFixture fixture = new AuthFixture();
        for (int i = 0; i < 20; i++) {
            assertEquals(LoginHelpOutcome.UNKNOWN_ADDRESS, fixture.loginHelp.request("probe" + i + "@test.example", ACTOR));
        }
        assertEquals(LoginHelpOutcome.THROTTLED, fixture.loginHelp.request("probe-last@test.example", ACTOR));
        assertEquals(LoginHelpOutcome.UNKNOWN_ADDRESS, fixture.loginHelp.request("probe-last@test.example",
                io.supportcenter.domain.audit.Actor.anonymous("198.51.100.7")), "another client is not affected");
    }

    @Test
    void inLinkModeATokenIsMailedAndResetsThePasswordOnce() {
        AuthPolicy linkMode = new AuthPolicy(LockPolicy.defaults(), Duration.ofMinutes(60), 5, 20, true, true, Duration.ofMinutes(15));
        AuthFixture fixture = new AuthFixture(linkMode);
        fixture.account("pat@test.example");
        assertEquals(LoginHelpOutcome.SENT, fixture.loginHelp.request("pat@test.example", ACTOR));
        assertEquals(CredentialEvent.MAIL_LOGIN_HELP_LINK, fixture.mails.get(0).getTemplate());
        String token = fixture.lastMailValue("token");

        assertEquals(PasswordService.LinkState.VALID, fixture.passwords.checkLink(token));
        fixture.passwords.resetWithLink(token, "violet-trumpet-harbour-9", "violet-trumpet-harbour-9", ACTOR);
        assertEquals(PasswordService.LinkState.USED, fixture.passwords.checkLink(token));
        assertEquals(PasswordService.LinkState.UNKNOWN, fixture.passwords.checkLink("made-up-token"));
        assertEquals(LoginOutcome.SUCCESS, fixture.login("pat@test.example", "violet-trumpet-harbour-9").outcome());
        assertNotEquals(LoginOutcome.SUCCESS, fixture.login("pat@test.example", PASSWORD).outcome());
    }
}
