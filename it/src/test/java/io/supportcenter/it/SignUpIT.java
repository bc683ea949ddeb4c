package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.describe;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Html;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.Mailbox;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.ProofOfWork;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Publisher sign-up over HTTP: the form is refused without a solved proof of work (and with a reused or
 * forged one), keeping what was typed; solved, it opens a publisher account whose first user is its
 * SuperUser, who can log in only after opening the emailed link, and may have the link sent again.
 */
@RunsOnPayara
class SignUpIT {

    private static final String PASSWORD = "violet-harbour-trumpet-61";
    private static final Pattern CONFIRM_LINK = Pattern.compile("/signup/confirm\\?token=([A-Za-z0-9_-]+)");
    private static Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startMailbox() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.close();
    }

    private static FacesForm filled(FacesForm form, String email) {
        return form.set("signup:company", "Lantern Reviews").set("signup:website", "lantern-reviews.example")
                .set("signup:name", "Lee Lantern").set("signup:email", email).set("signup:password", PASSWORD)
                .set("signup:confirmation", PASSWORD).set("signup:terms", "on");
    }

    private static String challengeOf(HttpResponse<String> page) {
        return Html.attributesOfId(page.body(), "human-check").orElseThrow(() -> new AssertionError("no challenge: " + describe(page)))
                .get("challengejson");
    }

    private static long accountsWith(String email) {
        return TestDatabase.current().count("SELECT COUNT(*) FROM member_user WHERE email = '" + email + "'");
    }

    /** The path of the mail's confirmation link (the address it names is the portal's configured one). */
    private static String confirmLink(MimeMessage mail) {
        Matcher link = CONFIRM_LINK.matcher(Mailbox.text(mail));
        assertTrue(link.find(), Mailbox.text(mail));
        return "/signup/confirm?token=" + link.group(1);
    }

    @Test
    void withoutASolvedChallengeNothingIsOpenedAndWhatWasTypedStays() {
        String email = "nochallenge-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
        PortalClient robot = new PortalClient(base);
        HttpResponse<String> page = robot.get("/signup");
        assertStatus(200, page);
        String challenge = challengeOf(page);

        HttpResponse<String> unsolved = filled(FacesForm.of(page, "signup"), email).submit(robot, "signup:submit");
        assertStatus(200, unsolved);
        assertTrue(textOf(unsolved, "signup:challenge").contains("Please tick \"I am not a robot\""), describe(unsolved));
        assertEquals("Lantern Reviews", Html.attributesOfId(unsolved.body(), "signup:company").orElseThrow().get("value"));
        assertEquals(email, Html.attributesOfId(unsolved.body(), "signup:email").orElseThrow().get("value"));
        assertNotEquals(challenge, challengeOf(unsolved), "a new challenge after each answer");

        String forged = ProofOfWork.encode("SHA-256", "0".repeat(64), 1, "salt?expires=9999999999", "f".repeat(64));
        HttpResponse<String> forgedAnswer = filled(FacesForm.of(unsolved, "signup"), email).set("altcha", forged)
                .submit(robot, "signup:submit");
        assertTrue(textOf(forgedAnswer, "signup:challenge").contains("Please tick"), describe(forgedAnswer));

        // An answer solved for another visitor's form does not count here either.
        String othersAnswer = ProofOfWork.answer(challengeOf(new PortalClient(base).get("/signup")));
        HttpResponse<String> borrowed = filled(FacesForm.of(forgedAnswer, "signup"), email).set("altcha", othersAnswer)
                .submit(robot, "signup:submit");
        assertTrue(textOf(borrowed, "signup:challenge").contains("Please tick"), describe(borrowed));
        assertEquals(0, accountsWith(email));
    }

    @Test
    void everyPublicLifecyclePageLinksToTheContactPage() {
        PortalClient visitor = new PortalClient(base);
        for (String page : new String[] {"/signup", "/signup/confirm?token=unknown", "/terms", "/help"}) {
            HttpResponse<String> shown = visitor.get(page);
            assertStatus(200, shown);
            assertEquals("/contact", Html.attributesOfId(shown.body(), "contact-link").orElseThrow(
                    () -> new AssertionError(page + " has no link to /contact")).get("href"), page);
        }
    }

    @Test
    void aSolvedFormOpensAPublisherAccountWhoseSuperUserConfirmsTheAddressBeforeLoggingIn() {
        String email = "publisher-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
        PortalClient visitor = new PortalClient(base);
        HttpResponse<String> page = visitor.get("/signup");

        // Solved once, the check holds for this form while the other fields are put right.
        HttpResponse<String> refused = filled(FacesForm.of(page, "signup"), "not-an-address").set("signup:website", "ftp://x")
                .set("signup:confirmation", PASSWORD + "!").clear("signup:terms").set("altcha", ProofOfWork.answer(challengeOf(page)))
                .submit(visitor, "signup:submit");
        assertStatus(200, refused);
        assertTrue(refused.body().contains("Enter a website address such as www.example.com (http or https)."), describe(refused));
        assertTrue(refused.body().contains("Enter a valid email address."));
        assertTrue(refused.body().contains("The two new passwords are not the same."));
        assertTrue(refused.body().contains("Accept the publisher terms to create an account."));
        assertTrue(Html.hasId(refused.body(), "human-check-passed"), "the check is not asked again");
        assertEquals("", Html.attributesOfId(refused.body(), "signup:password").orElseThrow().getOrDefault("value", ""),
                "a password is never sent back to the browser");

        HttpResponse<String> taken = filled(FacesForm.of(refused, "signup"), Demo.PAT).submit(visitor, "signup:submit");
        assertTrue(taken.body().contains("This address is already registered with an account."), describe(taken));
        assertTrue(Html.hasId(taken.body(), "email-registered-help") && taken.body().contains("/login-help"), "points to Login Help");

        HttpResponse<String> done = filled(FacesForm.of(taken, "signup"), email.toUpperCase()).submit(visitor, "signup:submit");
        assertRedirectTo(done, "/login");
        assertTrue(visitor.follow(done).body().contains("Your publisher account is open. We sent a link to the email address you gave"), describe(done));
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM account a JOIN member_user u ON u.id = a.superuser_id"
                + " WHERE u.email = '" + email + "' AND a.account_type = 'PUBLISHER' AND a.status = 'ACTIVE'"
                + " AND a.website = 'https://lantern-reviews.example' AND a.company_name = 'Lantern Reviews'"), "a publisher with its SuperUser");
        String firstLink = confirmLink(mailbox.await(email, 1, Duration.ofSeconds(30)));

        // Before the confirmation the right password is not enough; the link can be sent again.
        PortalClient member = new PortalClient(base);
        HttpResponse<String> notYet = FacesForm.open(member, "/login", "login").set("login:email", email)
                .set("login:password", PASSWORD).submit(member, "login:submit");
        assertTrue(textOf(notYet, "login-error").contains("confirm your email address first"), describe(notYet));
        HttpResponse<String> again = FacesForm.of(notYet, "confirm-again").submit(member, "confirm-again:send-again");
        assertRedirectTo(again, "/login");
        assertTrue(member.follow(again).body().contains("We sent a new link to " + email));
        String secondLink = confirmLink(mailbox.await(email, 2, Duration.ofSeconds(30)));
        assertNotEquals(firstLink, secondLink);
        PortalClient stranger = new PortalClient(base);
        HttpResponse<String> wrongPassword = FacesForm.open(stranger, "/login", "login").set("login:email", email)
                .set("login:password", "not-the-password-00").submit(stranger, "login:submit");
        assertFalse(wrongPassword.body().contains("confirm-again"), "nothing is offered without the right password");

        assertTrue(textOf(member.get(firstLink), "confirm-unknown").contains("does not work"), "the first link was replaced");
        HttpResponse<String> confirmed = member.get(secondLink);
        assertTrue(textOf(confirmed, "confirmed").contains(email + " is confirmed"), describe(confirmed));

        HttpResponse<String> login = FacesForm.open(member, "/login", "login").set("login:email", email)
                .set("login:password", PASSWORD).submit(member, "login:submit");
        assertRedirectTo(login, "/support/home");
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM audit_event WHERE action = 'PUBLISHER_SIGNED_UP'"
                + " AND detail = 'https://lantern-reviews.example' AND subject LIKE 'account:%'"
                + " AND subject = (SELECT 'account:' || a.account_number FROM account a JOIN member_user u ON u.account_id = a.id"
                + " WHERE u.email = '" + email + "')"));
    }

    /** Opens the sign-up page, fills it for {@code email} with {@code company} and sends it with a solved check. */
    private static HttpResponse<String> signUp(PortalClient visitor, String email, String company) {
        HttpResponse<String> page = visitor.get("/signup");
        return filled(FacesForm.of(page, "signup"), email).set("signup:company", company)
                .set("altcha", ProofOfWork.answer(challengeOf(page))).submit(visitor, "signup:submit");
    }

    @Test
    void oneMailboxGetsTwoSignUpsADayAndTheTypedTextStaysOutOfTheEmailsOpening() {
        String box = "mailbox-" + UUID.randomUUID().toString().substring(0, 8);
        String company = "Claim your prize at http://prize.example <b>now</b>";
        assertRedirectTo(signUp(new PortalClient(base), box + "+one@it.example", company), "/login");
        assertRedirectTo(signUp(new PortalClient(base), box + "+two@it.example", company), "/login");

        HttpResponse<String> third = signUp(new PortalClient(base), box + "+three@it.example", company);
        assertStatus(200, third);
        assertTrue(textOf(third, "signup:email_message").contains("sent enough sign-up emails to this mailbox"), describe(third));
        assertEquals(company, Html.attributesOfId(third.body(), "signup:company").orElseThrow().get("value"), "what was typed stays");
        assertEquals(0, accountsWith(box + "+three@it.example"));
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM audit_event WHERE action = 'SIGN_UP_THROTTLED'"
                + " AND subject = '" + box + "@it.example'"));

        MimeMessage mail = mailbox.await(box + "+one@it.example", 1, Duration.ofSeconds(30));
        String text = Mailbox.text(mail);
        assertTrue(text.startsWith("Hello,"), text);
        int reference = text.indexOf("For your reference, as typed in the sign-up form");
        assertTrue(reference > 0 && text.indexOf(company) > reference, "the company is quoted only at the end as data: " + text);
        assertFalse(text.contains("Lee Lantern") && text.indexOf("Lee Lantern") < reference, "nor is the name in the opening");
        assertFalse(Mailbox.html(mail).contains("<b>now</b>"), "the HTML part escapes what was typed");
    }

    @Test
    void aClientThatSignedUpTooOftenThisHourIsRefusedAndKeepsWhatItTyped() {
        assertRedirectTo(signUp(new PortalClient(base), "often-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example",
                "Often Reviews"), "/login");
        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        assertRedirectTo(FacesForm.open(admin, "/staff/admin/policies", "policies").set("policies:SIGNUP_PER_CLIENT_PER_HOUR", "1")
                .submit(admin, "policies:save"), "/staff/admin/policies");
        try {
            String email = "too-often-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
            HttpResponse<String> refused = signUp(new PortalClient(base), email, "Often Reviews");
            assertStatus(200, refused);
            assertTrue(textOf(refused, "signup:email_message").contains("Too many sign-ups came from your network in the last hour."), describe(refused));
            assertEquals(email, Html.attributesOfId(refused.body(), "signup:email").orElseThrow().get("value"));
            assertEquals(0, accountsWith(email));
        } finally {
            assertRedirectTo(FacesForm.open(admin, "/staff/admin/policies", "policies").set("policies:SIGNUP_PER_CLIENT_PER_HOUR", "")
                    .submit(admin, "policies:save"), "/staff/admin/policies");
        }
    }
}
