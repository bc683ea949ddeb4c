package io.supportcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.supportcenter.it.browser.LoginPage;
import io.supportcenter.it.browser.PortalJourney;
import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.TestMembers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Every page a visitor or a member reaches without doing anything first, at desktop and at phone width: axe-core
 * finds no violation of any impact and no serious item left to review, and no page scrolls sideways. Pages that a
 * feature's journey already looks at on a desktop (the login pages, the four tabs) are looked at here on a phone
 * only; those journeys look at the pages in their other states (results, errors, confirmations). A deactivated or
 * closed account's login leads to a page of its own for each case, looked at here too.
 */
class EveryPageJourneyIT extends PortalJourney {

    private static final List<String> PUBLIC_PAGES = List.of("/", "/contact", "/contact-sales", "/terms");

    private static final List<String> PUBLIC_PAGES_SEEN_ON_A_DESKTOP = List.of("/help", "/login", "/login-help", "/signup");

    private static final List<String> MEMBER_PAGES = List.of("/account", "/account/password", "/account/admin");

    private static final List<String> MEMBER_PAGES_SEEN_ON_A_DESKTOP = List.of("/support/topics", "/support/ask",
            "/support/history", "/support/home");

    @Test
    void everyPublicPageIsCleanAtBothWidths() {
        for (String page : PUBLIC_PAGES) {
            look(page, "public", true);
        }
        for (String page : PUBLIC_PAGES_SEEN_ON_A_DESKTOP) {
            look(page, "public", false);
        }
        browser.assertNoBlockingViolations();
    }

    @Test
    void everyMemberPageIsCleanAtBothWidths() {
        WebDriver driver = browser.driver();
        LoginPage.open(driver, root()).logIn(TestMembers.newSuperUser("every-page"), Demo.PASSWORD);
        for (String page : MEMBER_PAGES) {
            look(page, "member", true);
        }
        for (String page : MEMBER_PAGES_SEEN_ON_A_DESKTOP) {
            look(page, "member", false);
        }
        // Support Home, the last of them, lists popular topics.
        String topic = driver.findElements(By.cssSelector("a[href*='/support/topics/']")).get(0).getAttribute("href");
        look(URI.create(topic).getPath(), "member", false);
        browser.assertNoBlockingViolations();
    }

    @Test
    void eachAccountStateHasItsOwnPage() {
        WebDriver driver = browser.driver();
        String recent = TestMembers.newSuperUser("state-recent");
        TestMembers.makeDormant(recent, 30);
        String late = TestMembers.newSuperUser("state-late");
        TestMembers.makeDormant(late, 200);
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put(recent, "Your account is deactivated: you can reactivate it");
        headings.put(late, "Your account is deactivated: Client Support can reactivate it");
        headings.put(Demo.CARL_CLOSED_FOR_COMPLIANCE, "Your account is closed");
        int step = 1;
        for (Map.Entry<String, String> state : headings.entrySet()) {
            driver.manage().deleteAllCookies();
            LoginPage.open(driver, root()).logInExpectingRedirect(state.getKey(), Demo.PASSWORD);
            assertEquals("/account-status", URI.create(driver.getCurrentUrl()).getPath(), state.getKey());
            assertEquals(state.getValue(), driver.findElement(By.id("page-title")).getText().trim());
            assertEquals(state.getValue() + " · Support Center", driver.getTitle());
            String name = "account-status-" + step++;
            browser.inspect(name);
            browser.atPhoneWidth(() -> browser.inspect(name + "-phone"));
        }
        browser.assertNoBlockingViolations();
    }

    private void look(String page, String who, boolean alsoOnADesktop) {
        WebDriver driver = browser.driver();
        driver.get(root().resolve(page).toString());
        assertEquals(page, URI.create(driver.getCurrentUrl()).getPath(), "the " + who + " stays on " + page);
        assertFalse(driver.findElement(By.id("page-title")).getText().isBlank(), page + " has a heading");
        String name = who + (page.equals("/") ? "-landing" : page.replace('/', '-'));
        if (alsoOnADesktop) {
            browser.inspect(name);
        }
        browser.atPhoneWidth(() -> browser.inspect(name + "-phone"));
    }

}
