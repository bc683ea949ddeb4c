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

        HttpResponse<String> closed = logIn(new PortalClient(base), Demo.CARL_CLOSED_FOR_COMPLIANCE);
        assertTrue(textOf(closed, "status-explained").contains("closed for compliance reasons and cannot be reactivated"));
        assertFalse(closed.body().contains("id=\"reactivate\""));
        assertTrue(textOf(closed, "status-new-address").contains("new account with a new email address"));
    }
}
