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
import io.supportcenter.domain.auth.PasswordPolicy;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.policy.Policy;
import io.supportcenter.domain.policy.PolicyValues;
import io.supportcenter.domain.shared.FieldProblems;
import io.supportcenter.domain.support.AuthFixture;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign-up opens a publisher account whose SuperUser logs in only after confirming the address. */
class PublisherSignUpTest {

    private static final String PASSWORD = "violet-harbour-1987";

    private final AuthFixture fixture = new AuthFixture();
    private final PublisherSignUp signUp = new PublisherSignUp(fixture.accounts, fixture.users, AuthFixture.HASHER,
            new PasswordPolicy(), fixture.outbox, fixture.auditLog, new Policies() {
                @Override
                public PolicyValues now() {
                    return PolicyValues.of(Map.of(Policy.CALENDAR_ZONE, "America/Los_Angeles"));
                }
            }, fixture.clock);

    private static SignUpForm form(String email) {
        return new SignUpForm(" Garden Reviews ", "www.garden-reviews.example/blog", "Robin Gardener", email, PASSWORD, PASSWORD, true);
    }

    @Test
    void opensAPublisherAccountWhoseSuperUserConfirmsTheAddressBeforeTheFirstLogin() {
        String address = signUp.register(form("Robin@Garden-Reviews.example"), Locale.FRENCH, AuthFixture.ACTOR);

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
        assertEquals(PublisherSignUp.MAIL, fixture.mails.get(0).getTemplate());
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
                new SignUpForm(" ", "", null, "", "", "", false), Locale.ENGLISH, AuthFixture.ACTOR));
        assertEquals(Map.of("company", "signup.company.required", "website", "signup.website.required", "name", "signup.name.required",
                "email", "signup.email.required", "password", "password.policy.too-short", "terms", "signup.terms.required"),
                blank.problems());

        for (String website : new String[] {"javascript:alert(1)", "ftp://files.example.com", "localhost", "https://user:pw@x.example"}) {
            FieldProblems bad = assertThrows(FieldProblems.class, () -> signUp.register(new SignUpForm("Co", website, "N",
                    "n@x.example", PASSWORD, PASSWORD, true), Locale.ENGLISH, AuthFixture.ACTOR));
            assertEquals(Map.of("website", "signup.website.invalid"), bad.problems(), website);
        }
        FieldProblems mismatch = assertThrows(FieldProblems.class, () -> signUp.register(new SignUpForm("Co", "x.example", "N",
                "not-an-address", PASSWORD, PASSWORD + "!", true), Locale.ENGLISH, AuthFixture.ACTOR));
        assertEquals(Map.of("email", "validation.email.invalid", "confirmation", "password.confirmation.mismatch"), mismatch.problems());
        FieldProblems common = assertThrows(FieldProblems.class, () -> signUp.register(new SignUpForm("Co", "x.example", "N",
                "n@x.example", "password1234", "password1234", true), Locale.ENGLISH, AuthFixture.ACTOR));
        assertEquals(Map.of("password", "password.policy.common"), common.problems());

        assertEquals(0, fixture.accounts.count());
        assertTrue(fixture.mails.isEmpty());
    }

    @Test
    void anAddressAlreadyRegisteredIsSentToLoginHelp() {
        fixture.account("taken@fixture.example");

        FieldProblems taken = assertThrows(FieldProblems.class,
                () -> signUp.register(form("Taken@Fixture.example"), Locale.ENGLISH, AuthFixture.ACTOR));

        assertEquals(Map.of("email", "signup.email.registered"), taken.problems());
        assertEquals(1, fixture.accounts.count());
    }

    @Test
    void anOldLinkExpiresAndAnotherOneReplacesIt() {
        String address = signUp.register(form("late@fixture.example"), Locale.ENGLISH, AuthFixture.ACTOR);
        String first = fixture.lastMailValue("token");
        fixture.clock.advance(PublisherSignUp.CONFIRM_WITHIN.plus(Duration.ofSeconds(1)));

        assertEquals(EmailConfirmation.State.EXPIRED, signUp.confirm(first, AuthFixture.ACTOR).state());
        assertEquals(LoginOutcome.EMAIL_NOT_CONFIRMED, fixture.login(address, PASSWORD).outcome());

        long userId = fixture.users.findByEmail(address).orElseThrow().getId();
        assertEquals(address, signUp.sendConfirmationAgain(userId, AuthFixture.ACTOR));
        String second = fixture.lastMailValue("token");
        assertNotEquals(first, second);
        assertEquals(EmailConfirmation.State.UNKNOWN, signUp.confirm(first, AuthFixture.ACTOR).state(), "the earlier link stopped working");
        assertEquals(EmailConfirmation.State.CONFIRMED, signUp.confirm(second, AuthFixture.ACTOR).state());
        assertFalse(fixture.users.findById(userId).orElseThrow().isAwaitingEmailConfirmation());
        assertEquals("signup.confirm.not-pending", assertThrows(io.supportcenter.domain.shared.BusinessException.class,
                () -> signUp.sendConfirmationAgain(userId, AuthFixture.ACTOR)).messageKey());
    }
}
