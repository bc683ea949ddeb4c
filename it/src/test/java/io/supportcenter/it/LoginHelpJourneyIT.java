package io.supportcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.browser.AdminSettingsPage;
import io.supportcenter.it.browser.ChangePasswordPage;
import io.supportcenter.it.browser.LoginHelpPage;
import io.supportcenter.it.browser.LoginPage;
import io.supportcenter.it.browser.PortalJourney;
import io.supportcenter.it.browser.SupportCenterPage;
import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Mailbox;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.TestMembers;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * A SuperUser who forgot the password, in a real browser: Login Help, the email, the forced change,
 * then Administrative Settings to add a colleague. axe-core runs on every page shown.
 */
class LoginHelpJourneyIT extends PortalJourney {

    private static final String NEW_PASSWORD = "violet-trumpet-harbour-9";

    private WebDriver driver;
    private Mailbox mailbox;

    @BeforeEach
    void start() {
        driver = browser.driver();
        mailbox = Mailbox.start();
    }

    @AfterEach
    void stop() {
        mailbox.close();
    }

    @Test
    void aSuperUserRecoversAccessAndAddsAColleague() {
        String superUser = TestMembers.newSuperUser("recovering");
        URI root = root();

        LoginPage.open(driver, root);
        LoginHelpPage help = LoginHelpPage.fromLogin(driver);
        browser.inspect("lh-01-login-help");
        String answer = help.request(superUser);
        assertTrue(answer.contains("emailed a new password"), answer);
        browser.inspect("lh-02-login-help-sent");

        String systemPassword = Mailbox.systemPassword(mailbox.await(superUser, 1, Duration.ofSeconds(30)));
        LoginPage login = help.backToLogin();
        login.logInExpectingRedirect(superUser, systemPassword);
        ChangePasswordPage change = ChangePasswordPage.at(driver);
        assertEquals("/account/password", URI.create(driver.getCurrentUrl()).getPath());
        assertTrue(change.isForced(), "the page says why a new password is needed");
        assertFalse(change.asksForCurrentPassword());
        browser.inspect("lh-03-forced-change");

        SupportCenterPage home = change.chooseAfterSystemPassword(NEW_PASSWORD);
        assertEquals("/support/home", home.path());
        browser.inspect("lh-04-home-after-change");

        home.openAccountMenu();
        AdminSettingsPage admin = AdminSettingsPage.fromAccountMenu(driver);
        assertTrue(admin.isLocked(), "Administrative Settings ask for the SuperUser password first");
        browser.inspect("lh-05-admin-gate");
        admin.unlock(NEW_PASSWORD);
        assertTrue(admin.users().contains(superUser));
        browser.inspect("lh-06-admin-users");

        String colleague = TestMembers.newAddress("colleague");
        String confirmation = admin.addUser("Casey Colleague", colleague);
        assertTrue(confirmation.contains("added and invited"), confirmation);
        assertTrue(admin.users().contains(colleague));
        browser.inspect("lh-07-admin-user-added");
        assertEquals("You have been invited to Support Center", Mailbox.subject(mailbox.await(colleague, 1, Duration.ofSeconds(30))));

        browser.assertNoBlockingViolations();
    }

    @Test
    void theOwnerOfAnAddressUnderAttackTicksThePersonCheckAndLogsIn() {
        String member = TestMembers.newSuperUser("attacked");
        URI root = root();
        for (int i = 1; i <= 5; i++) {
            // Five guesses from five other clients: none of them is slowed, the address asks for the check.
            PortalClient guesser = PortalClient.from(base, "127.0.0.8" + i);
            FacesForm.open(guesser, "/login", "login").set("login:email", member).set("login:password", "guess-" + i)
                    .submit(guesser, "login:submit");
        }
        LoginPage login = LoginPage.open(driver, root);
        String asked = login.logInThroughThePersonCheck(member, Demo.PASSWORD, () -> browser.inspect("lh-08-person-check"));
        assertTrue(asked.contains("many failed attempts to log in to this address"), asked);
        assertEquals("/support/home", URI.create(driver.getCurrentUrl()).getPath());
        browser.assertNoBlockingViolations();
    }
}
