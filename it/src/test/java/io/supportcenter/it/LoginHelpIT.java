package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertHasId;
import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.describe;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Html;
import io.supportcenter.it.support.JobRuns;
import io.supportcenter.it.support.Mailbox;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.ProofOfWork;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.SharedPortalContainer;
import io.supportcenter.it.support.TestDatabase;
import io.supportcenter.it.support.TestMembers;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Login Help, failed-login locks, changing one's password and the mail outbox, against a real SMTP
 * server (GreenMail). Each test uses its own demo user, so the tests do not depend on each other.
 */
@RunsOnPayara
class LoginHelpIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final String NEW_PASSWORD = "violet-trumpet-harbour-9";
    /** The address of {@code support.mail.from} on the test portal (its default). */
    private static final String SENDER = "support@supportcenter.example";

    private static Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startMailServer() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopMailServer() {
        mailbox.close();
    }

    private HttpResponse<String> requestLoginHelp(PortalClient client, String email) {
        HttpResponse<String> page = FacesForm.open(client, "/login-help", "loginHelp")
                .set("loginHelp:email", email)
                .submit(client, "loginHelp:submit");
        assertStatus(200, page);
        return page;
    }

    private static HttpResponse<String> logIn(PortalClient client, String email, String password) {
        return FacesForm.open(client, "/login", "login")
                .set("login:email", email)
                .set("login:password", password)
                .submit(client, "login:submit");
    }

    private static HttpResponse<String> changePassword(PortalClient client, String current, String next, String again) {
        FacesForm form = FacesForm.open(client, "/account/password", "password")
                .set("password:new", next)
                .set("password:confirmation", again);
        if (current != null) {
            form.set("password:current", current);
        }
        return form.submit(client, "password:submit");
    }

    @Test
    void aSystemPasswordArrivesByEmailWorksOnceAndForcesANewPassword() {
        String member = TestMembers.newSuperUser("forgetful");
        PortalClient asker = new PortalClient(base);
        HttpResponse<String> answer = requestLoginHelp(asker, member);
        assertTrue(textOf(answer, "login-help-result").contains("emailed a new password"), textOf(answer, "login-help-result"));

        MimeMessage mail = mailbox.await(member, 1, MAIL_WAIT);
        assertEquals("Your new Support Center password", Mailbox.subject(mail));
        assertTrue(Mailbox.text(mail).contains("junk folder"), "the email says what to do when mail is late");
        assertTrue(Mailbox.html(mail).contains("<a href="), "the email has an HTML part with a link");
        String systemPassword = Mailbox.systemPassword(mail);

        PortalClient oldPassword = new PortalClient(base);
        assertRedirectTo(logIn(oldPassword, member, Demo.PASSWORD), "/support/home");

        PortalClient session = new PortalClient(base);
        assertRedirectTo(logIn(session, member, systemPassword), "/account/password");
        assertRedirectTo(session.get("/support/home"), "/account/password");
        HttpResponse<String> forced = session.get("/account/password");
        assertHasId(forced, "forced-change");
        assertFalse(Html.hasId(forced.body(), "password:current"), "no current password is asked after a system password");

        HttpResponse<String> kept = changePassword(session, null, systemPassword, systemPassword);
        assertStatus(200, kept);
        assertTrue(kept.body().contains("Choose a password of your own"), "keeping the system password is refused");
        assertRedirectTo(session.get("/support/history"), "/account/password");

        assertRedirectTo(changePassword(session, null, NEW_PASSWORD, NEW_PASSWORD), "/support/home");
        assertStatus(200, session.get("/support/home"));

        HttpResponse<String> again = logIn(new PortalClient(base), member, systemPassword);
        assertStatus(200, again);
        assertTrue(textOf(again, "login-error").contains("already been used"), textOf(again, "login-error"));
        assertRedirectTo(logIn(new PortalClient(base), member, NEW_PASSWORD), "/support/home");

        MimeMessage notice = mailbox.await(member, 2, MAIL_WAIT);
        assertEquals("Your Support Center password was changed", Mailbox.subject(notice));
    }

    @Test
    void theAnswerReplacesTheFormWithWhatHappensNextAndNamesTheSenderThatEveryEmailNamesToo() {
        PortalClient asker = new PortalClient(base);
        HttpResponse<String> before = asker.get("/login-help");
        assertTrue(textOf(before, "login-help-delivery").contains(SENDER), textOf(before, "login-help-delivery"));

        String member = TestMembers.newSuperUser("reassured");
        HttpResponse<String> answer = requestLoginHelp(asker, member);
        assertFalse(Html.hasId(answer.body(), "loginHelp:email"), "the form is gone once the request went through");
        assertFalse(Html.hasId(answer.body(), "loginHelp:submit"));
        assertHasId(answer, "login-help-done");
        assertTrue(textOf(answer, "login-help-result").contains("emailed a new password"), textOf(answer, "login-help-result"));
        assertTrue(textOf(answer, "login-help-sender").contains("email from " + SENDER), textOf(answer, "login-help-sender"));
        assertTrue(textOf(answer, "login-help-valid").contains("works once, within 60 minutes"), textOf(answer, "login-help-valid"));
        String nothing = textOf(answer, "login-help-nothing");
        assertTrue(nothing.contains("junk") && nothing.contains(SENDER), nothing);
        assertEquals("/login-help", Html.attributesOfId(answer.body(), "login-help-again").orElseThrow().get("href"));
        assertTrue(textOf(answer, "login-help-call").contains("1-800-761-1072"));
        assertEquals("/login", Html.attributesOfId(answer.body(), "back-to-login").orElseThrow().get("href"));

        MimeMessage mail = mailbox.await(member, 1, MAIL_WAIT);
        assertTrue(Mailbox.text(mail).contains("This message comes from " + SENDER), Mailbox.text(mail));
        assertTrue(Mailbox.text(mail).contains("add " + SENDER + " to your contacts"), Mailbox.text(mail));
        assertTrue(Mailbox.html(mail).contains("add " + SENDER + " to your contacts"), Mailbox.html(mail));

        HttpResponse<String> unknown = requestLoginHelp(new PortalClient(base), "nobody-" + UUID.randomUUID() + "@unknown.example");
        assertHasId(unknown, "loginHelp:email");
        assertFalse(Html.hasId(unknown.body(), "login-help-done"), "a refusal keeps the form, to try another address");
    }

    @Test
    void aForcedChangeLeftAndTakenUpAgainWithTheOldPasswordRefusesTheOldPasswordNextToTheField() {
        String member = TestMembers.newSuperUser("wavering");
        requestLoginHelp(new PortalClient(base), member);
        String systemPassword = Mailbox.systemPassword(mailbox.await(member, 1, MAIL_WAIT));
        PortalClient left = new PortalClient(base);
        assertRedirectTo(logIn(left, member, systemPassword), "/account/password");

        PortalClient back = new PortalClient(base);
        assertRedirectTo(logIn(back, member, Demo.PASSWORD), "/account/password");
        HttpResponse<String> old = changePassword(back, null, Demo.PASSWORD, Demo.PASSWORD);
        assertStatus(200, old);
        String message = textOf(old, "password:new-message");
        assertTrue(message.contains("cannot go back to your old password"), message);
        assertRedirectTo(back.get("/support/home"), "/account/password");

        assertRedirectTo(changePassword(back, null, NEW_PASSWORD, NEW_PASSWORD), "/support/home");
    }

    @Test
    void inLinkModeTheLoginHelpPageAndItsAnswerSpeakOfALinkNotOfANewPassword() {
        PortalClient before = new PortalClient(base);
        HttpResponse<String> passwordMode = before.get("/login-help");
        assertTrue(passwordMode.body().contains("We will email you a new password"), describe(passwordMode));
        PortalClient admin = io.supportcenter.it.support.Logins.staff(base, Demo.ADMIN);
        assertRedirectTo(FacesForm.open(admin, "/staff/admin/policies", "policies").set("policies:LOGIN_HELP_MODE_input", "link")
                .submit(admin, "policies:save"), "/staff/admin/policies");
        try {
            PortalClient asker = new PortalClient(base);
            HttpResponse<String> page = asker.get("/login-help");
            assertFalse(page.body().contains("new password that works once"), "the page promises no password in link mode");
            assertTrue(page.body().contains("a link on which you choose a new password"), describe(page));
            assertEquals("Email me a link", Html.attributesOfId(page.body(), "loginHelp:submit").map(button -> button.get("value"))
                    .orElseGet(() -> textOf(page, "loginHelp:submit")).strip());

            String member = TestMembers.newSuperUser("linked");
            HttpResponse<String> answer = requestLoginHelp(asker, member);
            assertTrue(textOf(answer, "login-help-result").contains("emailed a link to choose a new password"),
                    textOf(answer, "login-help-result"));
            MimeMessage mail = mailbox.await(member, 1, MAIL_WAIT);
            assertEquals("Choose a new Support Center password", Mailbox.subject(mail));
            assertTrue(Mailbox.text(mail).contains("/login-help/reset?token="), Mailbox.text(mail));
        } finally {
            assertRedirectTo(FacesForm.open(admin, "/staff/admin/policies", "policies").set("policies:LOGIN_HELP_MODE_input", "password")
                    .submit(admin, "policies:save"), "/staff/admin/policies");
        }
    }

    @Test
    void anUnknownAddressIsToldSoWithTheClientSupportLine() {
        HttpResponse<String> answer = requestLoginHelp(new PortalClient(base), "nobody-here@unknown.example");
        assertTrue(textOf(answer, "login-help-result").contains("does not belong to a user of an active account"));
        assertTrue(textOf(answer, "login-help-contact").contains("1-800-761-1072"));
        assertEquals("nobody-here@unknown.example", Html.attributesOfId(answer.body(), "loginHelp:email").orElseThrow().get("value"),
                "the typed address stays in the field");
    }

    @Test
    void theSixthRequestForAnAddressWithinAnHourIsThrottled() {
        PortalClient client = new PortalClient(base);
        String address = "throttle-" + UUID.randomUUID() + "@unknown.example";
        for (int i = 0; i < 5; i++) {
            assertFalse(textOf(requestLoginHelp(client, address), "login-help-result").contains("too many"));
        }
        assertTrue(textOf(requestLoginHelp(client, address), "login-help-result").contains("too many requests"));
    }

    @Test
    void failedLoginsSlowDownThenLockWithTheSameWordsForAnyAddressAndLoginHelpStillGetsIn() throws Exception {
        String member = TestMembers.newSuperUser("unlucky");
        for (String email : new String[] {member, "no-such-" + UUID.randomUUID() + "@unknown.example"}) {
            PortalClient client = new PortalClient(base);
            for (int i = 1; i <= 3; i++) {
                assertEquals(Demo.NEUTRAL_LOGIN_ERROR, textOf(logIn(client, email, "wrong-password-" + i), "login-error"), email);
            }
            String waiting = textOf(logIn(client, email, "wrong-password-4"), "login-error");
            assertTrue(waiting.startsWith("Too many failed attempts"), email + ": " + waiting);
        }
        assertTrue(textOf(logIn(new PortalClient(base), member, Demo.PASSWORD), "login-error").startsWith("Too many failed attempts"),
                "during the wait even the right password is refused");

        requestLoginHelp(new PortalClient(base), member);
        String systemPassword = Mailbox.systemPassword(mailbox.await(member, 1, MAIL_WAIT));
        assertRedirectTo(logIn(new PortalClient(base), member, systemPassword), "/account/password");
    }

    @Test
    void guessesFromElsewhereNeverLockTheOwnerOutTheyAskForAPersonCheckAndLockOnlyTheGuessingClient() {
        String member = TestMembers.newSuperUser("besieged");
        PortalClient attacker = PortalClient.from(base, "127.0.0.70");
        for (int i = 1; i <= 3; i++) {
            assertEquals(Demo.NEUTRAL_LOGIN_ERROR, textOf(logIn(attacker, member, "guess-" + i), "login-error"));
        }
        assertTrue(textOf(logIn(attacker, member, "guess-4"), "login-error").startsWith("Too many failed attempts from here"));
        for (String other : new String[] {"127.0.0.71", "127.0.0.72"}) {
            assertEquals(Demo.NEUTRAL_LOGIN_ERROR, textOf(logIn(PortalClient.from(base, other), member, "guess-" + other), "login-error"));
        }

        // Five failures from three clients: every further login to the address needs a person check, the owner's too.
        PortalClient owner = new PortalClient(base);
        HttpResponse<String> asked = logIn(owner, member, Demo.PASSWORD);
        assertStatus(200, asked);
        assertTrue(textOf(asked, "login-error").contains("many failed attempts to log in to this address"), describe(asked));
        assertTrue(Html.hasId(asked.body(), "human-check"), "the check is on the form");
        assertEquals(member, Html.attributesOfId(asked.body(), "login:email").orElseThrow().get("value"), "the address stays typed");
        String unknown = "no-such-" + UUID.randomUUID() + "@unknown.example";
        for (String other : new String[] {"127.0.0.73", "127.0.0.74", "127.0.0.75", "127.0.0.76", "127.0.0.77"}) {
            logIn(PortalClient.from(base, other), unknown, "guess");
        }
        assertEquals(textOf(asked, "login-error"), textOf(logIn(new PortalClient(base), unknown, "guess"), "login-error"),
                "the same words for an address nobody has");

        String challenge = Html.attributesOfId(asked.body(), "human-check").orElseThrow().get("challengejson");
        HttpResponse<String> withCheck = FacesForm.of(asked, "login").set("login:password", Demo.PASSWORD)
                .set("altcha", ProofOfWork.answer(challenge)).submit(owner, "login:submit");
        assertRedirectTo(withCheck, "/support/home");
        assertTrue(textOf(logIn(attacker, member, Demo.PASSWORD), "login-error").startsWith("Too many failed attempts from here"),
                "the guessing client stays locked, even with the right password");

        // Login Help's hourly quota counts per address and client: the attacker's requests leave the owner's alone.
        PortalClient helper = PortalClient.from(base, "127.0.0.71");
        for (int i = 0; i < 5; i++) {
            requestLoginHelp(helper, member);
        }
        assertTrue(textOf(requestLoginHelp(helper, member), "login-help-result").contains("too many requests"));
        assertTrue(textOf(requestLoginHelp(new PortalClient(base), member), "login-help-result").contains("emailed a new password"));
    }

    @Test
    void changingThePasswordEndsTheUsersOtherSessions() {
        String member = TestMembers.newSuperUser("careful");
        PortalClient here = new PortalClient(base);
        PortalClient elsewhere = new PortalClient(base);
        assertRedirectTo(logIn(here, member, Demo.PASSWORD), "/support/home");
        assertRedirectTo(logIn(elsewhere, member, Demo.PASSWORD), "/support/home");

        HttpResponse<String> wrongCurrent = changePassword(here, "not-the-password", NEW_PASSWORD, NEW_PASSWORD);
        assertTrue(wrongCurrent.body().contains("This is not your current password."));
        HttpResponse<String> mismatch = changePassword(here, Demo.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x");
        assertTrue(mismatch.body().contains("The two new passwords are not the same."));

        assertRedirectTo(changePassword(here, Demo.PASSWORD, NEW_PASSWORD, NEW_PASSWORD), "/account/password");
        assertStatus(200, here.get("/support/home"));
        HttpResponse<String> ended = elsewhere.get("/support/home");
        assertRedirectTo(ended, "/login");
        assertTrue(PortalClient.redirectTarget(ended).getQuery().contains("ended=true"));
        assertRedirectTo(elsewhere.get("/support/home"), "/login");
        assertEquals("Your Support Center password was changed", Mailbox.subject(mailbox.await(member, 1, MAIL_WAIT)));
    }

    @Test
    void guessableAndRecentPasswordsAreRefusedWithAdviceNextToTheField() {
        String member = TestMembers.newSuperUser("guessable");
        PortalClient here = new PortalClient(base);
        assertRedirectTo(logIn(here, member, Demo.PASSWORD), "/support/home");

        Map<String, String> advice = new LinkedHashMap<>();
        advice.put("            ", "spaces only");
        advice.put("aaaaaaaaaaaa", "repeated characters");
        advice.put("qwertyuiopas", "common passwords or words");
        advice.put("iloveyou1234", "common passwords or words");
        advice.put("P@ssw0rd2026", "common passwords or words");
        advice.put(Demo.PASSWORD, "haven't used here recently");
        for (Map.Entry<String, String> refused : advice.entrySet()) {
            HttpResponse<String> answer = changePassword(here, Demo.PASSWORD, refused.getKey(), refused.getKey());
            assertStatus(200, answer);
            String message = textOf(answer, "password:new-message");
            assertTrue(message.contains(refused.getValue()), "'" + refused.getKey() + "' -> " + message);
        }
        assertRedirectTo(changePassword(here, Demo.PASSWORD, NEW_PASSWORD, NEW_PASSWORD), "/account/password");
        HttpResponse<String> back = changePassword(here, NEW_PASSWORD, Demo.PASSWORD, Demo.PASSWORD);
        assertTrue(textOf(back, "password:new-message").contains("haven't used here recently"), "the previous password is refused too");
    }

    @Test
    void mailWaitsWhileTheMailServerIsDownAndIsThenSentExactlyOnceAndTheLogStaysFreeOfSevereLines() throws Exception {
        int logged = SharedPortalContainer.log().length();
        String member = TestMembers.newSuperUser("patient");
        mailbox.close();
        requestLoginHelp(new PortalClient(base), member);
        awaitFailedDeliveries(member, 2);
        List<String> storedWhileWaiting = storedValues(member);
        mailbox = Mailbox.start();

        MimeMessage mail = mailbox.await(member, 1, Duration.ofSeconds(60));
        assertEquals("Your new Support Center password", Mailbox.subject(mail));
        String systemPassword = Mailbox.systemPassword(mail);
        assertFalse(storedWhileWaiting.isEmpty());
        assertTrue(storedWhileWaiting.stream().noneMatch(value -> value.contains(systemPassword)),
                "the waiting mail's row never holds the system password readable: " + storedWhileWaiting);
        assertTrue(storedWhileWaiting.stream().anyMatch(value -> value.startsWith("sealed1:")), "it holds it sealed");
        JobRuns.awaitMore(2, List.of(base), JobRuns.MAIL, JobRuns.SEARCH_LOG, JobRuns.KB_SYNC);
        assertEquals(1, mailbox.to(member).size(), "the mail is sent once, not once per attempt");
        assertNotEquals(Demo.PASSWORD, Mailbox.systemPassword(mail));
        String meanwhile = SharedPortalContainer.log().substring(logged);
        assertFalse(meanwhile.contains("SEVERE"), "the jobs went through the mail server's outage without a SEVERE line:\n"
                + meanwhile.lines().filter(line -> line.contains("SEVERE")).limit(5).toList());
    }

    /** What the outbox stores for the member's mails, every value. */
    private static List<String> storedValues(String member) throws java.sql.SQLException {
        List<String> values = new java.util.ArrayList<>();
        try (java.sql.Connection c = TestDatabase.current().connect();
             java.sql.PreparedStatement query = c.prepareStatement("SELECT v.content FROM outgoing_mail_value v JOIN outgoing_mail m"
                     + " ON m.id = v.mail_id WHERE m.recipient = ?")) {
            query.setString(1, member);
            try (java.sql.ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    /** Waits until the outbox has tried {@code attempts} times to deliver the member's mail, and failed. */
    private static void awaitFailedDeliveries(String member, int attempts) {
        String failed = "SELECT COUNT(*) FROM outgoing_mail WHERE recipient = '" + member + "' AND status <> 'SENT' AND attempts >= " + attempts;
        await("the outbox trying " + attempts + " times to deliver the mail to " + member).atMost(Duration.ofSeconds(30))
                .until(() -> TestDatabase.current().count(failed) > 0);
    }
}
