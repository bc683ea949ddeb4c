package io.supportcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.List;

import io.supportcenter.it.browser.LoginPage;
import io.supportcenter.it.browser.PortalJourney;
import io.supportcenter.it.browser.SupportCenterPage;
import io.supportcenter.it.browser.SupportCenterPage.Tab;
import io.supportcenter.it.support.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * A member's first visit in a real browser, with axe-core run on every page it shows: a serious or
 * critical accessibility violation anywhere fails the journey.
 */
class MemberJourneyIT extends PortalJourney {

    private WebDriver driver;

    @BeforeEach
    void start() {
        driver = browser.driver();
    }

    @Test
    void memberSignsInVisitsEveryTabAndSignsOut() {
        URI root = root();

        LoginPage login = LoginPage.open(driver, root);
        browser.inspect("01-login");

        SupportCenterPage page = login.logIn(Demo.PAT, Demo.PASSWORD);
        assertEquals("/support/home", page.path(), "landing page after login");
        assertTrue(page.signedInName().contains(Demo.PAT_NAME), "signed-in name: " + page.signedInName());
        for (Tab tab : Tab.values()) {
            assertTrue(page.tab(tab).isDisplayed(), tab.id + " is visible");
            assertEquals(tab.label, page.tab(tab).getText().trim(), "label of " + tab.id);
        }
        assertCurrentTab(page, Tab.HOME);
        browser.inspect("02-support-home");

        int step = 3;
        for (Tab tab : List.of(Tab.TOPICS, Tab.ASK, Tab.HISTORY, Tab.HOME)) {
            page = page.open(tab);
            assertEquals(tab.path, page.path(), "URL after clicking " + tab.label);
            assertCurrentTab(page, tab);
            assertFalse(page.title().isEmpty(), "page-title on " + tab.path);
            browser.inspect(String.format("%02d-tab-%s", step++, tab.name().toLowerCase()));
        }

        page.openAccountMenu();
        browser.inspect(String.format("%02d-account-menu", step++));

        LoginPage loggedOut = page.logOut();
        assertEquals("/login", URI.create(driver.getCurrentUrl()).getPath(), "page after logout");
        assertEquals("You have logged out.", loggedOut.logoutMessage());
        browser.inspect(String.format("%02d-logged-out", step));

        browser.assertNoBlockingViolations();
    }

    private static void assertCurrentTab(SupportCenterPage page, Tab current) {
        for (Tab tab : Tab.values()) {
            assertEquals(tab == current, page.isCurrent(tab),
                    "aria-current=\"page\" on " + tab.id + " while on " + current.path);
        }
    }

}
