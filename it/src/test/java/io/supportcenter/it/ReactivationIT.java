package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.describe;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Html;
import io.supportcenter.it.support.Mailbox;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestDatabase;
import io.supportcenter.it.support.TestMembers;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Logging in to a deactivated account over HTTP: at 179 days after a dormancy deactivation one step
 * reactivates it (audited, emailed) and continues to Support Home; at 181 days only Client Support can;
 * a compliance closure offers no way back.
 */
@RunsOnPayara
class ReactivationIT {

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

    private HttpResponse<String> logIn(PortalClient client, String email) {
        HttpResponse<String> login = FacesForm.open(client, "/login", "login").set("login:email", email)
                .set("login:password", Demo.PASSWORD).submit(client, "login:submit");
        assertTrue(PortalClient.isRedirect(login), describe(login));
        return client.follow(login);
    }

    @Test
    void within180DaysOneStepReactivatesAndContinuesToSupportHome() {
        String member = TestMembers.newSuperUser("comeback");
        TestMembers.makeDormant(member, 179);
        PortalClient client = new PortalClient(base);
        HttpResponse<String> status = logIn(client, member);
        assertEquals("/account-status", status.uri().getPath());
        assertTrue(textOf(status, "status-explained").contains("You can reactivate it yourself"), describe(status));
        assertHeading(status, "Your account is deactivated: you can reactivate it");
        assertTrue(textOf(status, "status-new-address").contains("new account with a new email address"),
                "a dormant account keeps the hint about a lost email address");
        assertEquals("/contact", Html.attributesOfId(status.body(), "contact-link").orElseThrow().get("href"));

        HttpResponse<String> done = FacesForm.of(status, "reactivate").submit(client, "reactivate:submit");
        assertRedirectTo(done, "/support/home");
        HttpResponse<String> home = client.follow(done);
        assertStatus(200, home);
        assertTrue(home.body().contains("your account is active again"), describe(home));
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM account WHERE account_number = '"
                + TestMembers.accountNumberOf(member) + "' AND status = 'ACTIVE'"));
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_REACTIVATED'"
                + " AND subject = 'account:" + TestMembers.accountNumberOf(member) + "'"));
        assertTrue(Mailbox.subject(mailbox.await(member, 1, Duration.ofSeconds(30))).contains("is active again"));
    }

    @Test
    void after180DaysOnlyClientSupportCanAndAClosedAccountHasNoWayBack() {
        String member = TestMembers.newSuperUser("toolate");
        TestMembers.makeDormant(member, 181);
        PortalClient late = new PortalClient(base);
        HttpResponse<String> status = logIn(late, member);
        assertTrue(textOf(status, "status-explained").contains("Only Client Support can reactivate it"), describe(status));
        assertTrue(textOf(status, "status-phone").contains("1-800-761-1072"));
        assertFalse(status.body().contains("id=\"reactivate\""), "no button");
        assertHeading(status, "Your account is deactivated: Client Support can reactivate it");
        assertTrue(textOf(status, "status-new-address").contains("new account with a new email address"),
                "a dormant account keeps the hint about a lost email address");

        HttpResponse<String> closed = logIn(new PortalClient(base), Demo.CARL_CLOSED_FOR_COMPLIANCE);
        assertTrue(textOf(closed, "status-explained").contains("closed for compliance reasons and cannot be reactivated"));
        assertTrue(textOf(closed, "status-explained").contains("closed for good"), describe(closed));
        assertFalse(closed.body().contains("id=\"reactivate\""));
        assertHeading(closed, "Your account is closed");
        // A compliance closure is final: a new account is no way around it, so the page never suggests one.
        assertFalse(Html.hasId(closed.body(), "status-new-address"), describe(closed));
        assertFalse(textOf(closed, "account-status").toLowerCase(java.util.Locale.ROOT).contains("new account"), describe(closed));
    }

    /** Each situation has its own heading, the same in the page's title. */
    private static void assertHeading(HttpResponse<String> page, String heading) {
        assertEquals(heading, textOf(page, "page-title"), describe(page));
        java.util.regex.Matcher title = java.util.regex.Pattern.compile("<title>([^<]*)</title>").matcher(page.body());
        assertTrue(title.find() && title.group(1).replace("&#39;", "'").startsWith(heading), "title: " + page.body().substring(0, 400));
    }
}
