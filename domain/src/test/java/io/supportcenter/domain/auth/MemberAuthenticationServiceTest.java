package io.supportcenter.domain.auth;

import io.supportcenter.domain.support.AuthFixture;
import static io.supportcenter.domain.support.AuthFixture.HASHER;
import static io.supportcenter.domain.support.AuthFixture.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountStatus;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.audit.AuditAction;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MemberAuthenticationServiceTest {

    @Test
    void theRightPasswordSucceedsIgnoringTheCaseOfTheEmailAndIsAudited() {
        AuthFixture fixture = new AuthFixture();
        fixture.account("pat@test.example");
        MemberLogin login = fixture.login("PAT@Test.example", PASSWORD);
        assertEquals(LoginOutcome.SUCCESS, login.outcome());
        assertFalse(login.mustChangePassword());
        assertEquals(1, fixture.audited(AuditAction.LOGIN_SUCCEEDED));
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        AuthFixture fixture = new AuthFixture();
        fixture.account("pat@test.example");
        MemberLogin wrongPassword = fixture.login("pat@test.example", "wrong-horse-42");
        MemberLogin unknownEmail = fixture.login("nobody@test.example", PASSWORD);
        assertEquals(wrongPassword, unknownEmail);
        assertEquals(LoginOutcome.INVALID_CREDENTIALS, unknownEmail.outcome());
        assertEquals(2, fixture.audited(AuditAction.LOGIN_FAILED));
    }

    @Test
    void fiveFailuresLockKnownAndUnknownAddressesAlikeAndTheLockPasses() {
        AuthFixture fixture = new AuthFixture();
        fixture.account("pat@test.example");
        for (String email : new String[] {"pat@test.example", "nobody@test.example"}) {
            for (int i = 1; i <= 4; i++) {
                assertEquals(LoginOutcome.INVALID_CREDENTIALS, fixture.login(email, "wrong-" + i).outcome());
                if (i >= 3) {
                    // the third and fourth failures make the address wait a few seconds (such tries do not count)
                    assertEquals(LoginOutcome.LOCKED, fixture.login(email, PASSWORD).outcome());
                }
                fixture.clock.advance(Duration.ofSeconds(20));
            }
            assertEquals(LoginOutcome.LOCKED, fixture.login(email, "wrong-5").outcome(), email);
            assertEquals(LoginOutcome.LOCKED, fixture.login(email, PASSWORD).outcome(),
                    "while locked even the right password is refused");
        }
        fixture.clock.advance(Duration.ofMinutes(1));
        assertEquals(LoginOutcome.SUCCESS, fixture.login("pat@test.example", PASSWORD).outcome());
        assertEquals(LoginOutcome.INVALID_CREDENTIALS, fixture.login("pat@test.example", "wrong-again").outcome(),
                "a success resets the count");
    }

    @Test
    void aDeactivatedAccountIsReportedOnlyAfterTheRightPassword() {
        AuthFixture fixture = new AuthFixture();
        Account account = fixture.account("carl@test.example");
        account.deactivateForCompliance(fixture.clock.instant(), "policy");
        assertEquals(LoginOutcome.INVALID_CREDENTIALS, fixture.login("carl@test.example", "guess-guess-42").outcome());
        MemberLogin login = fixture.login("carl@test.example", PASSWORD);
        assertEquals(LoginOutcome.ACCOUNT_DEACTIVATED, login.outcome());
        assertEquals(AccountStatus.DEACTIVATED_COMPLIANCE, login.accountStatus());
    }

    @Test
    void aHashWithOldParametersIsReplacedAtASuccessfulLogin() {
        AuthFixture fixture = new AuthFixture();
        User user = fixture.account("pat@test.example").getSuperUser();
        String oldHash = user.getPasswordHash();
        PasswordHasher stronger = new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS + 50_000);
        MemberAuthenticationService service = new MemberAuthenticationService(fixture.users, stronger, fixture.guard,
                fixture.auditLog, fixture.clock);

        service.authenticate("pat@test.example", "wrong-horse-42".toCharArray(), AuthFixture.ACTOR);
        assertEquals(oldHash, user.getPasswordHash(), "a failed login must not touch the hash");

        assertEquals(LoginOutcome.SUCCESS, service.authenticate("pat@test.example", PASSWORD.toCharArray(), AuthFixture.ACTOR).outcome());
        assertNotEquals(oldHash, user.getPasswordHash());
        assertEquals(650_000, PasswordHash.parse(user.getPasswordHash()).iterations());
        assertTrue(stronger.verify(PASSWORD.toCharArray(), user.getPasswordHash()).matches());
        assertTrue(HASHER.verify(PASSWORD.toCharArray(), user.getPasswordHash()).matches());
    }
}
