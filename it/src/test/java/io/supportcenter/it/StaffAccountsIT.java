package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Html;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.Mailbox;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestMembers;
import jakarta.mail.internet.MimeMessage;
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
 * The account tools of the staff console over HTTP: find an account, its page, reactivation by a
 * supervisor, closing for compliance by an admin (with a reason), Login Help email, clearing a login
 * lock and ending a user's sessions.
 */
@RunsOnPayara
class StaffAccountsIT {

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

    private static String accountPage(String email) {
        return "/staff/accounts/" + TestMembers.accountNumberOf(email);
    }

    /** Presses a user's tool on the account page; the user is found by the email shown in their row. */
    private static HttpResponse<String> userTool(PortalClient staff, String page, String email, String tool) {
        HttpResponse<String> shown = staff.get(page);
        int row = shown.body().indexOf(email);
        int button = shown.body().indexOf(":" + tool + "\"", row);
        String id = shown.body().substring(shown.body().lastIndexOf("id=\"", button) + 4, button + tool.length() + 1);
        return FacesForm.of(shown, "users").submit(staff, id);
    }

    @Test
    void staffFindAnAccountByNumberCompanyOrEmail() {
        PortalClient agent = Logins.staff(base, Demo.AGENT);
        for (String query : new String[] {"4000101", "northwind", "sam@northwind"}) {
            HttpResponse<String> found = agent.get("/staff/accounts?q=" + query.replace("@", "%40"));
            assertTrue(textOf(found, "found").contains("Northwind Reviews"), query);
        }
        assertTrue(Html.hasId(agent.get("/staff/accounts?q=zzqx-no-such").body(), "nothing-found"));

        HttpResponse<String> page = agent.get("/staff/accounts/4000101");
        assertStatus(200, page);
        assertTrue(textOf(page, "user-list").contains(Demo.PAT) && textOf(page, "user-list").contains(Demo.SAM));
        assertFalse(Html.hasId(page.body(), "status:reactivate") || Html.hasId(page.body(), "close"), "no status tools for an agent");
        assertStatus(404, agent.get("/staff/accounts/9999999"));
        assertStatus(403, Logins.member(base, Demo.PAT).get("/staff/accounts/4000101"));
    }

    @Test
    void anAccountsAddressTakesUpToTwentyLettersAndDigitsAndNothingAfterThem() {
        PortalClient agent = Logins.staff(base, Demo.AGENT);
        assertStatus(200, agent.get("/staff/accounts/4000101"));
        for (String path : new String[] {"/staff/accounts/4000101/more", "/staff/accounts/4000101/", "/staff/accounts/4000-101",
                "/staff/accounts/" + "4".repeat(21)}) {
            assertStatus(404, agent.get(path));
        }
    }

    @Test
    void aSupervisorReactivatesADormantAccountAndItsUsersLogInAgain() {
        String dormant = TestMembers.newSuperUser("dormant");
        TestMembers.makeDormant(dormant, 30);
        String page = accountPage(dormant);
        assertFalse(Html.hasId(Logins.staff(base, Demo.AGENT).get(page).body(), "status:reactivate"), "agents do not reactivate");

        PortalClient lead = Logins.staff(base, Demo.LEAD);
        assertRedirectTo(FacesForm.open(lead, page, "status").submit(lead, "status:reactivate"), page);
        HttpResponse<String> after = lead.get(page);
        assertTrue(textOf(after, "account-status").startsWith("Active"));
        assertTrue(textOf(after, "status-history").contains("Logan Lead"), "the change and who made it are kept");
        MimeMessage told = mailbox.awaitSubject(dormant, "is active again", Duration.ofSeconds(30));
        assertTrue(Mailbox.text(told).contains("Client Support reactivated the account"), "the SuperUser is told who did it");
        Logins.member(base, dormant, Demo.PASSWORD);
    }

    @Test
    void onlyAnAdminClosesAnAccountForComplianceAndOnlyWithAReason() {
        String member = TestMembers.newSuperUser("violator");
        PortalClient memberSession = Logins.member(base, member, Demo.PASSWORD);
        String page = accountPage(member);
        assertFalse(Html.hasId(Logins.staff(base, Demo.LEAD).get(page).body(), "close"), "supervisors do not close accounts");

        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        HttpResponse<String> noReason = FacesForm.open(admin, page, "close").submit(admin, "close:submit");
        assertStatus(200, noReason);
        assertTrue(noReason.body().contains("Give the reason for closing the account."));
        assertRedirectTo(FacesForm.open(admin, page, "close").set("close:reason", "Cookie stuffing on three campaigns")
                .submit(admin, "close:submit"), page);
        HttpResponse<String> after = admin.get(page);
        assertTrue(textOf(after, "account-status").contains("Closed for compliance"));
        assertTrue(textOf(after, "status-history").contains("Cookie stuffing"));
        assertFalse(Html.hasId(after.body(), "close"), "closing cannot be repeated or undone here");
        assertRedirectTo(memberSession.get("/support/home"), "/login");
    }

    @Test
    void staffSendLoginHelpClearALockAndEndSessions() {
        String member = TestMembers.newSuperUser("helped");
        String page = accountPage(member);
        PortalClient agent = Logins.staff(base, Demo.AGENT);

        assertRedirectTo(userTool(agent, page, member, "loginHelp"), page);
        assertTrue(Mailbox.subject(mailbox.await(member, 1, Duration.ofSeconds(30))).length() > 0, "the Login Help email arrives");

        TestMembers.lockLogin(member);
        assertTrue(textOf(agent.get(page), "user-list").contains("Login locked"));
        assertRedirectTo(userTool(agent, page, member, "clearLock"), page);
        assertFalse(textOf(agent.get(page), "user-list").contains("Login locked"));
        PortalClient memberSession = Logins.member(base, member, Demo.PASSWORD);

        assertRedirectTo(userTool(agent, page, member, "endSessions"), page);
        HttpResponse<String> ended = memberSession.get("/support/home");
        assertEquals("/login", PortalClient.redirectPath(ended));
        assertTrue(PortalClient.redirectTarget(ended).getQuery().contains("ended=true"), "the member is told the session ended");
    }
}
