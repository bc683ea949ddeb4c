package io.supportcenter.domain.signup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.auth.LoginOutcome;
import io.supportcenter.domain.auth.PassedCheck;
import io.supportcenter.domain.auth.PasswordPolicy;
import io.supportcenter.domain.auth.SpentChallenges;
import io.supportcenter.domain.identity.UserId;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.policy.Policy;
import io.supportcenter.domain.policy.PolicyValues;
import io.supportcenter.domain.shared.FieldProblems;
import io.supportcenter.domain.support.AuthFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign-up opens a publisher account whose SuperUser logs in only after confirming the address. */
class PublisherSignUpTest {

    private static final String PASSWORD = "violet-harbour-1987";

    private final AuthFixture fixture = new AuthFixture();
    /** What the database table does: each challenge once, until it expires. */
    private final Map<String, Instant> spentSoFar = new HashMap<>();
    private final SpentChallenges spent = (challenge, expires, now) -> {
        spentSoFar.values().removeIf(end -> end.isBefore(now));
        return spentSoFar.putIfAbsent(challenge, expires) == null;
    };
    private final List<SignUpRequest> requests = new ArrayList<>();
    private int checks;
    private final PublisherSignUp signUp = new PublisherSignUp(fixture.accounts, fixture.users, AuthFixture.HASHER,
            new PasswordPolicy(), fixture.events, new Policies() {
                @Override
                public PolicyValues now() {
                    return PolicyValues.of(Map.of(Policy.CALENDAR_ZONE, "America/Los_Angeles"));
                }
            }, spent, new SignUpRequestRepository() {
                @Override
                public void add(SignUpRequest request) {
                    requests.add(request);
                }

                @Override
                public long countForMailboxSince(String mailbox, Instant since) {
                    return requests.stream().filter(r -> r.getMailbox().equals(mailbox) && r.getRequestedAt().isAfter(since)).count();
                }

                @Override
                public long countForClientSince(String clientAddress, Instant since) {
                    return requests.stream().filter(r -> clientAddress.equals(r.getClientAddress()) && r.getRequestedAt().isAfter(since)).count();
                }
            }, fixture.clock);

    private PassedCheck freshCheck() {
        return new PassedCheck("challenge-" + ++checks, fixture.clock.instant().plus(Duration.ofMinutes(30)));
    }

    private static SignUpForm form(String email) {
        return new SignUpForm(" Garden Reviews ", "www.garden-reviews.example/blog", "Robin Gardener", email, PASSWORD, PASSWORD, true);
    }

    @Test
    void opensAPublisherAccountWhoseSuperUserConfirmsTheAddressBeforeTheFirstLogin() {
        String address = signUp.register(form("Robin@Garden-Reviews.example"), freshCheck(), Locale.FRENCH, AuthFixture.ACTOR);

        assertEquals("robin@garden-reviews.example", address);
        User user = fixture.users.findByEmail(address).orElseThrow();
        Account account = user.getAccount();
        assertEquals(AccountType.PUBLISHER, account.getType());
        assertEquals("5000001", account.getNumber());
        assertEquals("Garden Reviews", account.getCompanyName());
        assertEquals("https://www.garden-reviews.example/blog", account.getWebsite().orElseThrow());
        assertTrue(user.isSuperUser());
        assertEquals(Locale.FRENCH, user.getLanguage());
        assertEquals(ZoneId.of("America/Los_Angeles"), user.getTimeZone());
        assertEquals(SignUpEvent.MAIL_CONFIRM, fixture.mails.get(0).getTemplate());
        assertEquals(address, fixture.mails.get(0).getRecipient());
        assertEquals(1, fixture.audited(AuditAction.PUBLISHER_SIGNED_UP));

        assertEquals(LoginOutcome.EMAIL_NOT_CONFIRMED, fixture.login(address, PASSWORD).outcome());
        assertEquals(LoginOutcome.INVALID_CREDENTIALS, fixture.login(address, "not-the-password-1").outcome(),
                "a wrong password learns nothing about the account");

        String token = fixture.lastMailValue("token");
        EmailConfirmation confirmation = signUp.confirm(token, AuthFixture.ACTOR);
        assertEquals(EmailConfirmation.State.CONFIRMED, confirmation.state());
        assertEquals(address, confirmation.email());
        assertEquals(LoginOutcome.SUCCESS, fixture.login(address, PASSWORD).outcome());
        assertEquals(EmailConfirmation.State.UNKNOWN, signUp.confirm(token, AuthFixture.ACTOR).state(), "a link works once");
    }

    @Test
    void everyFieldThatCannotBeUsedSaysWhyAndNothingIsOpened() {
        FieldProblems blank = assertThrows(FieldProblems.class, () -> signUp.register(
                new SignUpForm(" ", "", null, "", "", "", false), freshCheck(), Locale.ENGLISH, AuthFixture.ACTOR));
        assertEquals(Map.of("company", "signup.company.required", "website", "signup.website.required", "name", "signup.name.required",
                "email", "signup.email.required", "password", "password.policy.too-short", "terms", "signup.terms.required"),
                blank.problems());

        for (String website : new String[] {"javascript:alert(1)", "ftp://files.example.com", "localhost", "https://user:pw@x.example"}) {
            FieldProblems bad = assertThrows(FieldProblems.class, () -> signUp.register(new SignUpForm("Co", website, "N",
                    "n@x.example", PASSWORD, PASSWORD, true), freshCheck(), Locale.ENGLISH, AuthFixture.ACTOR));
            assertEquals(Map.of("website", "signup.website.invalid"), bad.problems(), website);
        }
        FieldProblems mismatch = assertThrows(FieldProblems.class, () -> signUp.register(new SignUpForm("Co", "x.example", "N",
                "not-an-address", PASSWORD, PASSWORD + "!", true), freshCheck(), Locale.ENGLISH, AuthFixture.ACTOR));
        assertEquals(Map.of("email", "validation.email.invalid", "confirmation", "password.confirmation.mismatch"), mismatch.problems());
        FieldProblems common = assertThrows(FieldProblems.class, () -> signUp.register(new SignUpForm("Co", "x.example", "N",
                "n@x.example", "password1234", "password1234", true), freshCheck(), Locale.ENGLISH, AuthFixture.ACTOR));
        assertEquals(Map.of("password", "password.policy.common"), common.problems());

        assertEquals(0, fixture.accounts.count());
        assertTrue(fixture.mails.isEmpty());
    }

    @Test
    void oneSolvedCheckOpensOneAccountUntilItExpires() {
        PassedCheck check = freshCheck();
        signUp.register(form("first@fixture.example"), check, Locale.ENGLISH, AuthFixture.ACTOR);

        FieldProblems again = assertThrows(FieldProblems.class,
                () -> signUp.register(form("second@fixture.example"), check, Locale.ENGLISH, AuthFixture.ACTOR));
        assertEquals(Map.of("challenge", "signup.challenge.failed"), again.problems());
        assertEquals(1, fixture.accounts.count());

        // A form with problems spends nothing: the same check still opens the account once they are mended.
        PassedCheck next = freshCheck();
        assertThrows(FieldProblems.class, () -> signUp.register(new SignUpForm("Co", "x.example", "N", "third@fixture.example",
                PASSWORD, PASSWORD + "!", true), next, Locale.ENGLISH, AuthFixture.ACTOR));
        signUp.register(form("third@fixture.example"), next, Locale.ENGLISH, AuthFixture.ACTOR);
        assertEquals(2, fixture.accounts.count());
    }

    @Test
    void anAddressAlreadyRegisteredIsSentToLoginHelp() {
        fixture.account("taken@fixture.example");

        FieldProblems taken = assertThrows(FieldProblems.class,
                () -> signUp.register(form("Taken@Fixture.example"), freshCheck(), Locale.ENGLISH, AuthFixture.ACTOR));

        assertEquals(Map.of("email", "signup.email.registered"), taken.problems());
        assertEquals(1, fixture.accounts.count());
    }

    @Test
    void anOldLinkExpiresAndAnotherOneReplacesIt() {
        String address = signUp.register(form("late@fixture.example"), freshCheck(), Locale.ENGLISH, AuthFixture.ACTOR);
        String first = fixture.lastMailValue("token");
        fixture.clock.advance(PublisherSignUp.CONFIRM_WITHIN.plus(Duration.ofSeconds(1)));

        assertEquals(EmailConfirmation.State.EXPIRED, signUp.confirm(first, AuthFixture.ACTOR).state());
        assertEquals(LoginOutcome.EMAIL_NOT_CONFIRMED, fixture.login(address, PASSWORD).outcome());

        long userId = fixture.users.findByEmail(address).orElseThrow().getId();
        assertEquals(address, signUp.sendConfirmationAgain(new UserId(userId), AuthFixture.ACTOR));
        String second = fixture.lastMailValue("token");
        assertNotEquals(first, second);
        assertEquals(EmailConfirmation.State.UNKNOWN, signUp.confirm(first, AuthFixture.ACTOR).state(), "the earlier link stopped working");
        assertEquals(EmailConfirmation.State.CONFIRMED, signUp.confirm(second, AuthFixture.ACTOR).state());
        assertFalse(fixture.users.findById(userId).orElseThrow().isAwaitingEmailConfirmation());
        assertEquals("signup.confirm.not-pending", assertThrows(io.supportcenter.domain.shared.BusinessException.class,
                () -> signUp.sendConfirmationAgain(new UserId(userId), AuthFixture.ACTOR)).messageKey());
    }

    @Test
    void aMailboxGetsTwoSignUpsADayWhateverItsTagsAndAClientThreeAnHour() {
        signUp.register(form("sam+1@reviews.example"), freshCheck(), Locale.ENGLISH, AuthFixture.ACTOR);
        signUp.register(form("Sam+2@Reviews.example"), freshCheck(), Locale.ENGLISH, AuthFixture.ACTOR);
        FieldProblems third = assertThrows(FieldProblems.class,
                () -> signUp.register(form("sam@reviews.example"), freshCheck(), Locale.ENGLISH, AuthFixture.ACTOR));
        assertEquals(Map.of("email", "signup.throttled.address"), third.problems());

        signUp.register(form("alex@reviews.example"), freshCheck(), Locale.ENGLISH, AuthFixture.ACTOR);
        FieldProblems fourth = assertThrows(SignUpThrottled.class,
                () -> signUp.register(form("kim@reviews.example"), freshCheck(), Locale.ENGLISH, AuthFixture.ACTOR));
        assertEquals(Map.of("email", "signup.throttled.client"), fourth.problems());
        assertEquals(3, fixture.mails.size(), "a refused sign-up mails nobody");

        fixture.clock.advance(Duration.ofHours(1).plusSeconds(1));
        signUp.register(form("kim@reviews.example"), freshCheck(), Locale.ENGLISH, AuthFixture.ACTOR);
    }

    @Test
    void theMailboxOfAnAddressLeavesOutItsTag() {
        assertEquals("sam@reviews.example", SignUpLimits.mailboxOf(" Sam+Promo@Reviews.example "));
        assertEquals("sam@reviews.example", SignUpLimits.mailboxOf("sam@reviews.example"));
        assertEquals("pat@x.example", SignUpLimits.mailboxOf("pat+a+b@x.example"));
    }
}
