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
import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.audit.AuditAction;
import java.time.Duration;
import java.util.Optional;
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
    void fiveFailuresLockTheClientOutOfKnownAndUnknownAddressesAlikeAndTheLockPasses() {
        AuthFixture fixture = new AuthFixture();
        fixture.account("pat@test.example");
        for (String email : new String[] {"pat@test.example", "nobody@test.example"}) {
            for (int i = 1; i <= 4; i++) {
                assertEquals(LoginOutcome.INVALID_CREDENTIALS, fixture.login(email, "wrong-" + i).outcome());
                if (i >= 3) {
                    // the third and fourth failures make the client wait a few seconds (such tries do not count)
                    assertEquals(LoginOutcome.LOCKED, fixture.login(email, PASSWORD).outcome());
                }
                fixture.clock.advance(Duration.ofSeconds(20));
            }
            assertEquals(LoginOutcome.LOCKED, fixture.login(email, "wrong-5").outcome(), email);
            assertEquals(LoginOutcome.LOCKED, fixture.login(email, PASSWORD).outcome(),
                    "while locked even the right password is refused to this client");
        }
        fixture.clock.advance(Duration.ofMinutes(1));
        assertEquals(LoginOutcome.PERSON_CHECK_NEEDED, fixture.login("pat@test.example", PASSWORD).outcome(),
                "after the lock, the address still asks for a person check");
        assertEquals(LoginOutcome.SUCCESS, fixture.login("pat@test.example", PASSWORD, AuthFixture.ACTOR,
                Optional.of(fixture.solvedCheck())).outcome());
        assertEquals(LoginOutcome.INVALID_CREDENTIALS, fixture.login("pat@test.example", "wrong-again").outcome(),
                "a success resets both counts");
    }

    @Test
    void anAttackerLocksOutOnlyTheirOwnClientWhileTheOwnerLogsInWithAPersonCheck() {
        AuthFixture fixture = new AuthFixture();
        fixture.account("pat@test.example");
        Actor attacker = Actor.anonymous("198.51.100.66");
        for (String email : new String[] {"pat@test.example", "nobody@test.example"}) {
            for (int i = 1; i <= 5; i++) {
                fixture.login(email, "guess-" + i, attacker, Optional.empty());
                fixture.clock.advance(Duration.ofSeconds(20));
            }
            assertEquals(LoginOutcome.LOCKED, fixture.login(email, PASSWORD, attacker, Optional.of(fixture.solvedCheck())).outcome(),
                "a solved check does not open a locked client");
            assertEquals(LoginOutcome.PERSON_CHECK_NEEDED, fixture.login(email, PASSWORD).outcome(),
                    "another client is asked for a person check, known address or not: " + email);
            if (email.startsWith("pat")) {
                assertEquals(LoginOutcome.SUCCESS, fixture.login(email, PASSWORD, AuthFixture.ACTOR, Optional.of(fixture.solvedCheck()))
                        .outcome(), "the owner is never locked out");
                assertEquals(LoginOutcome.LOCKED, fixture.login(email, PASSWORD, attacker, Optional.empty()).outcome(),
                        "the owner's success clears the owner's counts, not the attacker's lock");
            }
        }

        for (int i = 1; i <= 5; i++) {
            fixture.login("nobody@test.example", "guess-again-" + i, attacker, Optional.empty());
        }
        PassedCheck once = fixture.solvedCheck();
        assertEquals(LoginOutcome.INVALID_CREDENTIALS, fixture.login("nobody@test.example", "guess-6", AuthFixture.ACTOR,
                Optional.of(once)).outcome());
        assertEquals(LoginOutcome.PERSON_CHECK_NEEDED, fixture.login("nobody@test.example", "guess-7", AuthFixture.ACTOR,
                Optional.of(once)).outcome(), "a solved check opens one attempt only");
    }

    @Test
    void thePersonCheckIsNoLongerAskedAfterAQuietSpell() {
        AuthFixture fixture = new AuthFixture();
        fixture.account("pat@test.example");
        Actor attacker = Actor.anonymous("198.51.100.66");
        for (int i = 1; i <= 5; i++) {
            fixture.login("pat@test.example", "guess-" + i, attacker, Optional.empty());
            fixture.clock.advance(Duration.ofSeconds(20));
        }
        assertEquals(LoginOutcome.PERSON_CHECK_NEEDED, fixture.login("pat@test.example", PASSWORD).outcome());
        fixture.clock.advance(Duration.ofMinutes(16));
        assertEquals(LoginOutcome.SUCCESS, fixture.login("pat@test.example", PASSWORD).outcome());
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
                fixture.events, fixture.clock);

        service.authenticate("pat@test.example", "wrong-horse-42".toCharArray(), Optional.empty(), AuthFixture.ACTOR);
        assertEquals(oldHash, user.getPasswordHash(), "a failed login must not touch the hash");

        assertEquals(LoginOutcome.SUCCESS, service.authenticate("pat@test.example", PASSWORD.toCharArray(), Optional.empty(), AuthFixture.ACTOR).outcome());
        assertNotEquals(oldHash, user.getPasswordHash());
        assertEquals(650_000, PasswordHash.parse(user.getPasswordHash()).iterations());
        assertTrue(stronger.verify(PASSWORD.toCharArray(), user.getPasswordHash()).matches());
        assertTrue(HASHER.verify(PASSWORD.toCharArray(), user.getPasswordHash()).matches());
    }
}
