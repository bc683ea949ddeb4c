package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertHasId;
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
import io.supportcenter.it.support.Mailbox;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestMembers;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SuperUser's Administrative Settings over HTTP, with the invitation and notice emails in GreenMail. */
@RunsOnPayara
class AdminSettingsIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final String OWN_PASSWORD = "violet-trumpet-harbour-9";
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

    private PortalClient loggedIn(String email, String password) {
        PortalClient client = new PortalClient(base);
        HttpResponse<String> login = FacesForm.open(client, "/login", "login")
                .set("login:email", email).set("login:password", password).submit(client, "login:submit");
        assertStatus(302, login);
        return client;
    }

    private PortalClient unlockedAdmin(String superUser) {
        PortalClient client = loggedIn(superUser, Demo.PASSWORD);
        HttpResponse<String> unlocked = FacesForm.open(client, "/account/admin", "gate")
                .set("gate:password", Demo.PASSWORD).submit(client, "gate:submit");
        assertRedirectTo(unlocked, "/account/admin");
        return client;
    }

    private static void addUser(PortalClient admin, String email) {
        HttpResponse<String> added = FacesForm.open(admin, "/account/admin", "add")
                .set("add:name", "Added " + email.substring(0, email.indexOf('-')))
                .set("add:email", email)
                .set("add:language_input", "en")
                .set("add:timeZone_input", "Europe/Berlin")
                .submit(admin, "add:submit");
        assertRedirectTo(added, "/account/admin");
    }

    /** Logs in with the invitation's system password and chooses {@link #OWN_PASSWORD}. */
    private PortalClient acceptInvitation(String email) {
        String systemPassword = Mailbox.systemPassword(mailbox.await(email, 1, MAIL_WAIT));
        PortalClient invited = new PortalClient(base);
        HttpResponse<String> login = FacesForm.open(invited, "/login", "login")
                .set("login:email", email).set("login:password", systemPassword).submit(invited, "login:submit");
        assertRedirectTo(login, "/account/password");
        HttpResponse<String> changed = FacesForm.open(invited, "/account/password", "password")
                .set("password:new", OWN_PASSWORD).set("password:confirmation", OWN_PASSWORD)
                .submit(invited, "password:submit");
        assertRedirectTo(changed, "/support/home");
        return invited;
    }

    private static HttpResponse<String> act(PortalClient admin, long userId, String button) {
        return FacesForm.open(admin, "/account/admin?user=" + userId, "userActions").submit(admin, "userActions:" + button);
    }

    @Test
    void aUserWhoIsNotTheSuperUserIsToldWhomToContact() {
        HttpResponse<String> page = loggedIn(Demo.SAM, Demo.PASSWORD).get("/account/admin");
        assertStatus(200, page);
        String text = textOf(page, "not-superuser");
        assertTrue(text.contains("Pat Northwind") && text.contains(Demo.PAT), text);
        assertFalse(Html.hasId(page.body(), "gate:password"), "no gate for a user who is not the SuperUser");
    }

    @Test
    void theSuperUserPasswordGateRefusesAWrongPasswordAndOpensForTheRightOne() {
        String superUser = TestMembers.newSuperUser("gatekeeper");
        PortalClient client = loggedIn(superUser, Demo.PASSWORD);
        assertFalse(Html.hasId(client.get("/account/admin").body(), "users"), "the users stay hidden until unlocked");

        HttpResponse<String> wrong = FacesForm.open(client, "/account/admin", "gate")
                .set("gate:password", "not-the-password").submit(client, "gate:submit");
        assertStatus(200, wrong);
        assertTrue(wrong.body().contains("This is not the SuperUser password."));

        HttpResponse<String> right = FacesForm.open(client, "/account/admin", "gate")
                .set("gate:password", Demo.PASSWORD).submit(client, "gate:submit");
        assertRedirectTo(right, "/account/admin");
        HttpResponse<String> unlocked = client.get("/account/admin");
        assertHasId(unlocked, "users");
        assertTrue(textOf(unlocked, "users").contains(superUser));
    }

    @Test
    void anAddedUserIsInvitedByEmailAndLogsInWithTheSystemPassword() {
        String superUser = TestMembers.newSuperUser("inviter");
        PortalClient admin = unlockedAdmin(superUser);
        String invitee = TestMembers.newAddress("invitee");
        addUser(admin, invitee);

        MimeMessage invitation = mailbox.await(invitee, 1, MAIL_WAIT);
        assertEquals("You have been invited to Support Center", Mailbox.subject(invitation));
        PortalClient invited = acceptInvitation(invitee);
        assertStatus(200, invited.get("/support/home"));
        assertTrue(textOf(admin.get("/account/admin"), "users").contains(invitee));

        HttpResponse<String> duplicate = FacesForm.open(admin, "/account/admin", "add")
                .set("add:name", "Twin").set("add:email", invitee)
                .set("add:language_input", "en").set("add:timeZone_input", "Europe/Berlin").submit(admin, "add:submit");
        assertStatus(200, duplicate);
        assertTrue(duplicate.body().contains("Another user already has this email address."));
    }

    @Test
    void theAddUserFormSpeaksOfTheNewUserNotOfTheSuperUser() {
        PortalClient admin = unlockedAdmin(TestMembers.newSuperUser("wording"));
        HttpResponse<String> page = admin.get("/account/admin");
        assertTrue(labelFor(page, "add:email").startsWith("Their email address"), labelFor(page, "add:email"));
        assertTrue(textOf(page, "add-email-hint").startsWith("Their invitation goes to this address"), textOf(page, "add-email-hint"));

        HttpResponse<String> empty = FacesForm.open(admin, "/account/admin", "add").set("add:name", "").set("add:email", "")
                .set("add:language_input", "en").set("add:timeZone_input", "Europe/Berlin").submit(admin, "add:submit");
        assertStatus(200, empty);
        assertEquals("Enter their email address.", textOf(empty, "add:email-message"));
        assertTrue(empty.body().contains("Enter their name."), describe(empty));
        assertFalse(textOf(empty, "add").contains("your email address"), "the form never speaks of the SuperUser's own address");
    }

    /** The text of the label whose {@code for} names the field. */
    private static String labelFor(HttpResponse<String> page, String field) {
        java.util.regex.Matcher label = java.util.regex.Pattern.compile("<label[^>]*for=\"" + java.util.regex.Pattern.quote(field)
                + "\"[^>]*>(.*?)</label>", java.util.regex.Pattern.DOTALL).matcher(page.body());
        return label.find() ? Html.text(label.group(1)).strip() : "";
    }

    @Test
    void disablingAUserEndsTheirSessionAndTheirLogins() {
        String superUser = TestMembers.newSuperUser("strict");
        PortalClient admin = unlockedAdmin(superUser);
        String worker = TestMembers.newAddress("worker");
        addUser(admin, worker);
        PortalClient workerSession = acceptInvitation(worker);
        assertStatus(200, workerSession.get("/support/home"));

        assertRedirectTo(act(admin, TestMembers.userId(worker), "disable"), "/account/admin");
        HttpResponse<String> ended = workerSession.get("/support/home");
        assertRedirectTo(ended, "/login");
        assertTrue(PortalClient.redirectTarget(ended).getQuery().contains("ended=true"));

        PortalClient again = new PortalClient(base);
        HttpResponse<String> refused = FacesForm.open(again, "/login", "login")
                .set("login:email", worker).set("login:password", OWN_PASSWORD).submit(again, "login:submit");
        assertTrue(textOf(refused, "login-error").startsWith("Your user has been disabled"), textOf(refused, "login-error"));
        assertEquals("Your Support Center user was disabled", Mailbox.subject(mailbox.await(worker, 3, MAIL_WAIT)));
    }

    @Test
    void aSuperUserCannotOpenTheUsersOfAnotherAccount() {
        PortalClient admin = unlockedAdmin(TestMembers.newSuperUser("nosy"));
        HttpResponse<String> foreign = admin.get("/account/admin?user=" + TestMembers.userId(Demo.PAT));
        assertHasId(foreign, "unknown-user");
        assertFalse(Html.hasId(foreign.body(), "userActions"), "no actions on another account's user");
        assertFalse(foreign.body().contains(Demo.PAT), "nothing of the other account's user is shown");
    }

    @Test
    void aTabOpenedBeforeTheRoleMovedIsToldWhyItsActionIsRefused() {
        String superUser = TestMembers.newSuperUser("stale");
        PortalClient admin = unlockedAdmin(superUser);
        String heir = TestMembers.newAddress("heir");
        String other = TestMembers.newAddress("other");
        addUser(admin, heir);
        addUser(admin, other);
        PortalClient staleTab = unlockedAdmin(superUser);
        FacesForm stale = FacesForm.open(staleTab, "/account/admin?user=" + TestMembers.userId(other), "userActions");

        assertRedirectTo(act(admin, TestMembers.userId(heir), "transfer"), "/account/admin");
        HttpResponse<String> refused = stale.submit(staleTab, "userActions:disable");

        assertStatus(200, refused);
        assertTrue(refused.body().contains("Only the account's SuperUser can do this."), "the stale tab is told why");
        assertTrue(TestMembers.isSuperUser(heir));
        assertTrue(TestMembers.isEnabled(other), "nothing was done from the stale tab");
    }

    @Test
    void twoTransfersAtOnceLeaveExactlyOneSuperUser() throws Exception {
        String superUser = TestMembers.newSuperUser("generous");
        PortalClient admin = unlockedAdmin(superUser);
        String first = TestMembers.newAddress("first");
        String second = TestMembers.newAddress("second");
        addUser(admin, first);
        addUser(admin, second);
        PortalClient otherTab = unlockedAdmin(superUser);

        // Both pages are open before either transfer is sent, as two browser tabs would be.
        FacesForm toFirst = FacesForm.open(admin, "/account/admin?user=" + TestMembers.userId(first), "userActions");
        FacesForm toSecond = FacesForm.open(otherTab, "/account/admin?user=" + TestMembers.userId(second), "userActions");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService tabs = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResponse<String>> a = tabs.submit(() -> {
                go.await();
                return toFirst.submit(admin, "userActions:transfer");
            });
            Future<HttpResponse<String>> b = tabs.submit(() -> {
                go.await();
                return toSecond.submit(otherTab, "userActions:transfer");
            });
            go.countDown();
            List<HttpResponse<String>> answers = List.of(a.get(), b.get());
            long succeeded = answers.stream().filter(PortalClient::isRedirect).count();
            assertEquals(1, succeeded, "one transfer wins; the other is refused with a message");
            HttpResponse<String> refused = answers.stream().filter(r -> !PortalClient.isRedirect(r)).findFirst().orElseThrow();
            assertTrue(refused.body().contains("Only the account's SuperUser can do this."), () -> "the loser is told why; it got "
                    + refused.statusCode() + ", messages: " + Html.textOfId(refused.body(), "page-messages").orElse("(none)")
                    + ", sections: " + (Html.hasId(refused.body(), "not-superuser") ? "not-superuser " : "")
                    + (Html.hasId(refused.body(), "userActions") ? "userActions " : "") + (Html.hasId(refused.body(), "gate") ? "gate" : ""));
        } finally {
            tabs.shutdownNow();
        }
        assertEquals(1, TestMembers.superUsersOfAccountOf(superUser));
        assertFalse(TestMembers.isSuperUser(superUser));
        assertNotEquals(TestMembers.isSuperUser(first), TestMembers.isSuperUser(second));
    }
}
