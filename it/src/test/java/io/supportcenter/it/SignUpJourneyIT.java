package io.supportcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.browser.Browser;
import io.supportcenter.it.browser.LoginPage;
import io.supportcenter.it.browser.PortalJourney;
import io.supportcenter.it.browser.SupportCenterPage;
import io.supportcenter.it.support.ItSettings;
import io.supportcenter.it.support.Mailbox;
import io.supportcenter.it.support.TestDatabase;
import io.supportcenter.it.support.TestMembers;
import io.supportcenter.it.support.Demo;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The public lifecycle pages in a real browser: a publisher signs up (the proof of work solved by the
 * self-hosted widget, by keyboard), confirms the address from the email and reaches Support Home; a browser
 * that refuses cookies is told so on the sign-up form; a member of an account deactivated for dormancy
 * reactivates it at login and continues to Support Home. axe-core runs on every page shown.
 */
class SignUpJourneyIT extends PortalJourney {

    private static final String PASSWORD = "orchard-violet-harbour-58";
    private static final Pattern CONFIRM_LINK = Pattern.compile("/signup/confirm\\?token=([A-Za-z0-9_-]+)");

    private WebDriver driver;
    private Mailbox mailbox;
    private URI root;

    @BeforeEach
    void start() {
        driver = browser.driver();
        mailbox = Mailbox.start();
        // The widget hashes with Web Crypto, which browsers give only to secure origins: https, or localhost.
        root = URI.create(base.getProtocol() + "://localhost:" + base.getPort() + "/");
    }

    @AfterEach
    void stop() {
        mailbox.close();
    }

    private void type(String id, String text) {
        WebElement field = Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void aPublisherSignsUpConfirmsTheAddressAndReachesSupportHome() {
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
        // A visitor may read what is kept about them before signing up: the footer of every page leads there.
        driver.get(root.resolve("/login").toString());
        driver.findElement(By.id("footer-privacy")).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("cookies")));
        assertEquals("/privacy", URI.create(driver.getCurrentUrl()).getPath());
        browser.inspect("su-00-privacy");
        driver.get(root.resolve("/login").toString());
        driver.findElement(By.id("signup-link")).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("signup:company")));
        assertFalse(driver.findElement(By.id("cookies-blocked")).isDisplayed(), "this browser takes cookies");
        browser.inspect("su-01-signup");

        type("signup:company", "Copper Meadow Blog");
        type("signup:website", "copper-meadow.example");
        type("signup:name", "Casey Copper");
        type("signup:email", email);
        type("signup:password", PASSWORD);
        type("signup:confirmation", PASSWORD);
        driver.findElement(By.id("signup:terms")).click();
        // The widget is a labelled checkbox: reached and ticked from the keyboard like any other.
        WebElement check = driver.findElement(By.cssSelector("#human-check input[type='checkbox']"));
        check.sendKeys(" ");
        Browser.waitFor(driver).until(d -> !d.findElement(By.cssSelector("#human-check input[name='altcha']")).getAttribute("value").isEmpty());
        assertTrue(driver.findElement(By.id("human-check")).getText().contains("Verified"), driver.findElement(By.id("human-check")).getText());
        browser.inspect("su-02-signup-verified");

        WebElement submit = driver.findElement(By.id("signup:submit"));
        submit.click();
        Browser.waitUntilGone(driver, submit);
        LoginPage login = LoginPage.at(driver);
        assertEquals("/login", URI.create(driver.getCurrentUrl()).getPath());
        assertTrue(driver.findElement(By.id("page-messages")).getText().contains("We sent a link to the email address you gave"));
        browser.inspect("su-03-check-your-inbox");

        Matcher link = CONFIRM_LINK.matcher(Mailbox.text(mailbox.await(email, 1, Duration.ofSeconds(30))));
        assertTrue(link.find());
        driver.get(root.resolve("/signup/confirm?token=" + link.group(1)).toString());
        WebElement confirmed = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmed")));
        assertTrue(confirmed.getText().contains(email + " is confirmed"), confirmed.getText());
        browser.inspect("su-04-confirmed");
        driver.findElement(By.id("confirm-login")).click();

        SupportCenterPage home = LoginPage.at(driver).logIn(email, PASSWORD);
        assertTrue(home.isCurrent(SupportCenterPage.Tab.HOME));
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM account a JOIN member_user u ON u.id = a.superuser_id"
                + " WHERE u.email = '" + email + "' AND a.account_type = 'PUBLISHER'"));
        browser.assertNoBlockingViolations();
    }

    @Test
    void aBrowserThatRefusesCookiesIsToldSoOnTheSignUpForm() throws IOException {
        Path profile = Files.createTempDirectory(ItSettings.targetDir(), "chrome-no-cookies-");
        WebDriver refusing = Browser.startRefusingCookies(profile);
        try {
            refusing.get(root.resolve("/signup").toString());
            WebElement notice = Browser.waitFor(refusing).until(ExpectedConditions.visibilityOfElementLocated(By.id("cookies-blocked")));
            assertTrue(notice.getText().contains("Your browser is refusing cookies from this site."), notice.getText());
            assertTrue(notice.getText().contains("allow cookies for this site"), notice.getText());
            Browser.screenshot(refusing, "su-05-cookies-refused");
        } finally {
            refusing.quit();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aDormantMemberReactivatesAtLoginAndContinuesToSupportHome() {
        String member = TestMembers.newSuperUser("sleeper");
        TestMembers.makeDormant(member, 120);

        LoginPage.open(driver, root).logInExpectingRedirect(member, Demo.PASSWORD);
        assertEquals("/account-status", URI.create(driver.getCurrentUrl()).getPath());
        assertTrue(driver.findElement(By.id("status-explained")).getText().contains("You can reactivate it yourself"));
        browser.inspect("su-06-account-status");

        WebElement reactivate = driver.findElement(By.id("reactivate:submit"));
        reactivate.click();
        Browser.waitUntilGone(driver, reactivate);
        SupportCenterPage home = SupportCenterPage.at(driver);
        assertTrue(home.isCurrent(SupportCenterPage.Tab.HOME));
        assertTrue(driver.findElement(By.id("page-messages")).getText().contains("your account is active again"));
        browser.inspect("su-07-reactivated-home");
        browser.assertNoBlockingViolations();
    }
}
