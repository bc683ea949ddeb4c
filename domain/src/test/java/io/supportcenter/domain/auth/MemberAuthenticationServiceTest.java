package io.supportcenter.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountStatus;
import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.account.NewUser;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.account.UserRepository;
import io.supportcenter.domain.shared.EmailAddress;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemberAuthenticationServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final PasswordHasher HASHER = new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS);

    /** Users by email, as the database would find them. */
    private static final class Users implements UserRepository {
        private final Map<String, User> byEmail = new HashMap<>();

        User add(User user) {
            byEmail.put(user.getEmail(), user);
            return user;
        }

        @Override
        public Optional<User> findById(long id) {
            return byEmail.values().stream().filter(u -> u.getId() != null && u.getId() == id).findFirst();
        }

        @Override
        public Optional<User> findByEmail(String email) {
            return Optional.ofNullable(byEmail.get(EmailAddress.normalise(email)));
        }
    }

    private static Account account(String email, String hash) {
        return Account.open("4000900", "Test", AccountType.PUBLISHER,
                new NewUser(email, "Test User", hash, Locale.ENGLISH, ZoneId.of("UTC")), NOW);
    }

    @Test
    void theRightPasswordSucceedsIgnoringTheCaseOfTheEmail() {
        Users users = new Users();
        users.add(account("pat@test.example", HASHER.hash("correct-horse-42".toCharArray())).getSuperUser());
        MemberLogin login = new MemberAuthenticationService(users, HASHER).authenticate("PAT@Test.example", "correct-horse-42".toCharArray());
        assertEquals(LoginOutcome.SUCCESS, login.outcome());
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        Users users = new Users();
        users.add(account("pat@test.example", HASHER.hash("correct-horse-42".toCharArray())).getSuperUser());
        MemberAuthenticationService service = new MemberAuthenticationService(users, HASHER);
        MemberLogin wrongPassword = service.authenticate("pat@test.example", "wrong-horse-42".toCharArray());
        MemberLogin unknownEmail = service.authenticate("nobody@test.example", "correct-horse-42".toCharArray());
        assertEquals(wrongPassword, unknownEmail);
        assertEquals(LoginOutcome.INVALID_CREDENTIALS, unknownEmail.outcome());
        assertNull(unknownEmail.accountStatus());
    }

    @Test
    void aDeactivatedAccountIsReportedOnlyAfterTheRightPassword() {
        Users users = new Users();
        Account account = account("carl@test.example", HASHER.hash("correct-horse-42".toCharArray()));
        account.deactivateForCompliance(NOW, "policy");
        users.add(account.getSuperUser());
        MemberAuthenticationService service = new MemberAuthenticationService(users, HASHER);
        assertEquals(LoginOutcome.INVALID_CREDENTIALS, service.authenticate("carl@test.example", "guess-guess-42".toCharArray()).outcome());
        MemberLogin login = service.authenticate("carl@test.example", "correct-horse-42".toCharArray());
        assertEquals(LoginOutcome.ACCOUNT_DEACTIVATED, login.outcome());
        assertEquals(AccountStatus.DEACTIVATED_COMPLIANCE, login.accountStatus());
    }

    @Test
    void aHashWithOldParametersIsReplacedAtASuccessfulLogin() {
        Users users = new Users();
        String oldHash = HASHER.hash("correct-horse-42".toCharArray());
        User user = users.add(account("pat@test.example", oldHash).getSuperUser());
        PasswordHasher stronger = new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS + 50_000);

        new MemberAuthenticationService(users, stronger).authenticate("pat@test.example", "wrong-horse-42".toCharArray());
        assertEquals(oldHash, user.getPasswordHash(), "a failed login must not touch the hash");

        assertEquals(LoginOutcome.SUCCESS, new MemberAuthenticationService(users, stronger)
                .authenticate("pat@test.example", "correct-horse-42".toCharArray()).outcome());
        assertNotEquals(oldHash, user.getPasswordHash());
        assertEquals(650_000, PasswordHash.parse(user.getPasswordHash()).iterations());
        assertEquals(PasswordHasher.Verification.MATCH, stronger.verify("correct-horse-42".toCharArray(), user.getPasswordHash()));
    }
}
