package io.supportcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.browser.AskPages;
import io.supportcenter.it.browser.Browser;
import io.supportcenter.it.browser.LoginPage;
import io.supportcenter.it.browser.PortalJourney;
import io.supportcenter.it.browser.StaffConsolePages;
import io.supportcenter.it.support.Authenticator;
import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.ItSettings;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.Questions;
import io.supportcenter.it.support.TestStaff;
import io.supportcenter.it.support.UniqueWords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The staff console in the browser: an agent claims a question from the team queue and replies; the
 * member then sees it is their turn, with the date it closes; a supervisor sets up the authenticator
 * app at the first sign-in. axe-core runs on every page shown.
 */
class StaffConsoleJourneyIT extends PortalJourney {

    @Test
    void anAgentClaimsAndRepliesAndTheMemberSeesItIsTheirTurn() throws IOException {
        String subject = "Bank transfer " + UniqueWords.letters(5);
        long number = Questions.askAboutPayments(Logins.member(base, Demo.PAT), subject);

        StaffConsolePages console = new StaffConsolePages(browser.driver(), root());
        console.signIn(Demo.AGENT, Demo.PASSWORD);
        // Newest first: the suite shares one database, and in due order other classes' open questions may fill the first page.
        console.openQueue("?sort=number&dir=desc");
        assertTrue(console.text("queue:inquiries").contains(subject), "the question is in Client Support's queue");
        browser.inspect("staff-01-queue");
        console.claim(number);
        assertEquals("You have the inquiry now.", console.pageMessages());
        browser.inspect("staff-02-claimed");
        Path form = Files.write(Files.createDirectories(ItSettings.targetDir().resolve("uploads")).resolve("bank-transfer-form.pdf"),
                "%PDF-1.4\n% bank transfer form\n".getBytes(StandardCharsets.US_ASCII));
        assertTrue(new AskPages(browser.driver(), root()).attach("work:files", form, "work:fileList").contains("bank-transfer-form.pdf"));
        console.reply("Yes: choose bank transfer under Payment Methods in your account settings.");
        assertEquals("The reply was sent; the member has been emailed.", console.pageMessages());
        assertTrue(console.text("inquiry-status").contains("Awaiting member"));
        browser.inspect("staff-03-replied");
        Browser.logOut(browser.driver(), root());

        LoginPage.open(browser.driver(), root()).logIn(Demo.PAT, Demo.PASSWORD);
        console.open("/support/history/" + number);
        assertTrue(console.text("inquiry-status").contains("Awaiting your reply"), console.text("inquiry-status"));
        assertTrue(console.text("messages").contains("bank-transfer-form.pdf"), "the agent's file came with the reply");
        assertTrue(console.text("next-step").matches("(?s).*\\b(20\\d\\d)\\b.*"), "the close date is shown: " + console.text("next-step"));
        assertTrue(console.text("messages").contains("choose bank transfer"));
        browser.inspect("staff-04-member-sees-reply");
        browser.assertNoBlockingViolations();
    }

    @Test
    void aSupervisorSetsUpTheAuthenticatorAppAtTheFirstSignIn() {
        String email = TestStaff.create("lead", "SUPERVISOR");
        StaffConsolePages console = new StaffConsolePages(browser.driver(), root());
        console.signIn(email, Demo.PASSWORD);
        String secret = console.secretShown();
        browser.inspect("staff-05-enrol");
        Authenticator.remember(email, secret);
        console.enterCode(Authenticator.freshCode(email));
        assertTrue(console.text("recovery-codes").contains("Keep these codes somewhere safe"));
        browser.inspect("staff-06-recovery-codes");
        console.openQueue("?scope=ALL");
        browser.inspect("staff-07-all-teams");
        console.open("/staff/accounts?q=northwind");
        assertTrue(console.text("found").contains("Northwind Reviews"));
        browser.inspect("staff-08-accounts");
        console.open("/staff/accounts/4000103");
        assertTrue(console.text("account-status").contains("Deactivated (dormant)"));
        browser.inspect("staff-09-dormant-account");
        console.open("/staff/saved-replies");
        assertTrue(console.text("replies").contains("Payment run dates"));
        browser.inspect("staff-10-saved-replies");
        console.open("/staff/dashboards");
        assertEquals(3, console.drawnCharts(), "the three charts are drawn");
        assertTrue(console.text("teams").contains("All teams"));
        browser.inspect("staff-11-dashboards");
        console.scrollTo("open-chart");
        browser.inspect("staff-11b-dashboards-charts");
        browser.atPhoneWidth(() -> browser.inspect("staff-12-dashboards-phone"));
        browser.assertNoBlockingViolations();
    }

    @Test
    void anAdminReadsTheAuditLogFilteredByEvent() {
        String email = TestStaff.create("admin", "ADMIN");
        StaffConsolePages console = new StaffConsolePages(browser.driver(), root());
        console.signIn(email, Demo.PASSWORD);
        Authenticator.remember(email, console.secretShown());
        console.enterCode(Authenticator.freshCode(email));
        console.open("/staff/admin/audit?action=SECOND_FACTOR_ENROLLED");
        assertTrue(console.text("log:events").contains("Authenticator app set up"), console.text("log:events"));
        browser.inspect("staff-13-audit-log");
        browser.atPhoneWidth(() -> browser.inspect("staff-14-audit-log-phone"));
        console.open("/staff/admin/staff");
        assertTrue(console.text("staff").contains("Avery Agent"));
        browser.inspect("staff-15-staff-users");
        // Every other console page an admin reaches, looked at by axe-core as the others were.
        String[] pages = {"/staff/admin/teams", "/staff/admin/routing", "/staff/admin/policies", "/staff/admin/outbox",
                "/staff/admin/leads", "/staff/admin/api-keys", "/staff/admin/commissions", "/staff/kb/categories", "/staff/kb/gaps", "/staff/kb/repeated",
                "/staff/security"};
        for (String page : pages) {
            console.open(page);
            assertTrue(console.text("page-title").length() > 0, page);
            browser.inspect("staff-16-admin" + page.replace('/', '-'));
        }
        browser.assertNoBlockingViolations();
    }
}
