package io.supportcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.browser.Browser;
import io.supportcenter.it.browser.PortalJourney;
import io.supportcenter.it.browser.StaffConsolePages;
import io.supportcenter.it.support.Authenticator;
import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.Mailbox;
import io.supportcenter.it.support.PortalAssertions;
import io.supportcenter.it.support.Questions;
import io.supportcenter.it.support.TestDatabase;
import io.supportcenter.it.support.TestStaff;
import io.supportcenter.it.support.UniqueWords;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The agent workspace in the browser: an agent works three inquiries of a view with the keyboard alone (open, claim,
 * reply, next); an internal note, written in its own mode, never reaches the member; a supervisor assigns five
 * inquiries at once. Screenshots of the workspace and the queue at desktop and phone widths; axe-core on each page.
 */
class StaffWorkspaceJourneyIT extends PortalJourney {

    private static final Pattern INQUIRY_ADDRESS = Pattern.compile("/staff/inquiries/(\\d+)");
    private static Mailbox mailbox;

    @BeforeAll
    static void startMailbox() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.close();
    }

    private List<Long> askThree(String words) {
        List<Long> asked = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            asked.add(Questions.askAboutPayments(Logins.member(base, Demo.PAT), words + " " + i));
        }
        return asked;
    }

    private void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Ctrl+Enter as a person presses it: Control held down while Enter goes down and up. */
    private void pressControlEnter() {
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
    }

    @Test
    void anAgentWorksThreeInquiriesOfAViewWithTheKeyboardAlone() {
        String words = "Keyboard " + UniqueWords.letters(5);
        List<Long> asked = askThree(words);
        WebDriver driver = browser.driver();
        StaffConsolePages console = new StaffConsolePages(driver, root());
        console.signIn(Demo.AGENT, Demo.PASSWORD);
        // Newest first: the three just asked lead the view.
        console.openQueue("?view=unassigned&sort=number&dir=desc");
        browser.inspect("workspace-01-queue");
        browser.atPhoneWidth(() -> browser.inspect("workspace-02-queue-phone"));

        assertFocusRingsStandOut(40);
        press("?");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("shortcut-help")));
        assertTrue(console.text("shortcut-help").contains("Claim the inquiry"), "the shortcuts are listed");
        press(Keys.ESCAPE);
        Browser.waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("shortcut-help")));

        press("j");
        assertEquals("/staff/inquiries/" + asked.get(2), URI.create(driver.switchTo().activeElement().getAttribute("href")).getPath(),
                "j moves to the first row's inquiry");
        press(Keys.ENTER);
        List<Long> worked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("work:text")));
            Browser.waitUntilSettled(driver);
            long number = shownNumber(driver);
            worked.add(number);
            if (i == 0) {
                assertFocusRingsStandOut(30);
                browser.inspect("workspace-03-inquiry");
                browser.atPhoneWidth(() -> browser.inspect("workspace-04-inquiry-phone"));
            }
            WebElement claim = driver.findElement(By.id("work:claim"));
            press("c");
            Browser.waitUntilGone(driver, claim);
            Browser.waitUntilSettled(driver);
            assertEquals("You (claimed)", console.text("inquiry-assignee"), "claimed over Ajax: the page says so");
            assertTrue(driver.findElements(By.id("work:claim")).isEmpty(), "and Claim is gone");
            press("r");
            assertEquals("work:text", driver.switchTo().activeElement().getAttribute("id"), "r writes a reply");
            press("Answer " + i + " to " + number + ": choose bank transfer in your payment settings.");
            pressControlEnter();
            Browser.waitFor(driver).until(d -> console.pageMessages().contains("The reply was sent"));
            assertTrue(console.text("inquiry-status").contains("Awaiting member"));
            assertTrue(console.text("inquiry-due").startsWith("Answered "), console.text("inquiry-due"));
            if (i < 2) {
                press("j");
                Browser.waitFor(driver).until(d -> shownNumber(d) != number);
            }
        }
        assertEquals(List.of(asked.get(2), asked.get(1), asked.get(0)), worked, "the view's inquiries, one after the other");
        for (long number : asked) {
            assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM inquiry WHERE id = " + number
                    + " AND status = 'AWAITING_MEMBER' AND first_responded_at IS NOT NULL"));
        }
        browser.assertNoBlockingViolations();
    }

    @Test
    void aNoteWrittenInItsOwnModeNeverReachesTheMember() {
        long number = Questions.askAboutPayments(Logins.member(base, Demo.PAT), "Note journey " + UniqueWords.letters(5));
        WebDriver driver = browser.driver();
        StaffConsolePages console = new StaffConsolePages(driver, root());
        console.signIn(Demo.AGENT, Demo.PASSWORD);
        console.open("/staff/inquiries/" + number);
        press("n");
        WebElement text = driver.switchTo().activeElement();
        assertEquals("work:text", text.getAttribute("id"));
        assertTrue(driver.findElement(By.id("work:note")).isDisplayed(), "note mode offers Add internal note");
        assertFalse(driver.findElement(By.id("work:reply")).isDisplayed(), "and no send button");
        browser.inspect("workspace-05-note-mode");
        String note = "Payment profile checked " + UniqueWords.letters(6);
        press(note);
        pressControlEnter();
        Browser.waitFor(driver).until(d -> console.pageMessages().contains("The internal note was added."));
        assertTrue(console.text("messages").contains(note));
        Browser.logOut(driver, root());

        PortalAssertions.assertStatus(200, Logins.member(base, Demo.PAT).get("/support/history/" + number));
        assertFalse(Logins.member(base, Demo.PAT).get("/support/history/" + number).body().contains(note), "the member's page");
        assertTrue(mailbox.to(Demo.PAT).stream().map(Mailbox::text).noneMatch(mail -> mail.contains(note)), "the member's mail");
        browser.assertNoBlockingViolations();
    }

    @Test
    void aSupervisorAssignsFiveInquiriesAtOnce() {
        List<Long> asked = new ArrayList<>(askThree("Bulk journey " + UniqueWords.letters(5)));
        asked.addAll(askThree("Bulk journey " + UniqueWords.letters(5)).subList(0, 2));
        String email = TestStaff.create("bulk", "SUPERVISOR");
        WebDriver driver = browser.driver();
        StaffConsolePages console = new StaffConsolePages(driver, root());
        console.signIn(email, Demo.PASSWORD);
        Authenticator.remember(email, console.secretShown());
        console.enterCode(Authenticator.freshCode(email));
        console.openQueue("?view=unassigned&sort=number&dir=desc");
        for (long number : asked) {
            driver.findElement(By.id("select-" + number)).click();
        }
        new Select(driver.findElement(By.id("bulk-assignee"))).selectByVisibleText(Demo.AGENT_NAME);
        driver.findElement(By.id("bulk-assign")).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("bulk-summary")));
        assertEquals("Assign 5 inquiries to " + Demo.AGENT_NAME + "?", console.text("bulk-summary"));
        browser.inspect("workspace-06-bulk-confirm");
        driver.findElement(By.id("bulk-confirm-button")).click();
        Browser.waitFor(driver).until(d -> console.pageMessages().contains("5 inquiries assigned."));
        for (long number : asked) {
            assertFalse(driver.getPageSource().contains("id=\"select-" + number + "\""), "assigned: out of Unassigned");
        }
        browser.assertNoBlockingViolations();
    }

    /**
     * The focus ring of whatever has the focus and how it stands out (WCAG 1.4.11 asks 3:1) against what is around
     * it: the outline when one is drawn, else the colour of the widget's box shadow; the background is the nearest
     * ancestor's that is not transparent.
     */
    private static final String FOCUS_RING = """
            function rgb(c) { var m = c && c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
              var p = m[1].split(',').map(parseFloat); return p.length > 3 && p[3] === 0 ? null : p.slice(0, 3); }
            function lum(p) { var l = p.map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
              return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]; }
            var el = document.activeElement;
            if (!el || el === document.body || el === document.documentElement) return 'the browser (past the last stop): 99';
            var s = getComputedStyle(el);
            var ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? rgb(s.outlineColor)
              : (s.boxShadow && s.boxShadow !== 'none' ? rgb(s.boxShadow) : null);
            var around = null;
            for (var up = el.parentElement; up && !around; up = up.parentElement) { around = rgb(getComputedStyle(up).backgroundColor); }
            around = around || [255, 255, 255];
            var name = (el.id || el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 40);
            if (!ring) return name + ': no ring';
            var a = lum(ring), b = lum(around);
            return name + ': ' + (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            """;

    /** Tabs through the page's first stops from its top, each focus ring measured; then leaves nothing focused. */
    private void assertFocusRingsStandOut(int stops) {
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        script.executeScript("if (document.activeElement) document.activeElement.blur(); window.scrollTo(0, 0);");
        List<String> weak = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int stop = 0; stop < stops; stop++) {
            press(Keys.TAB);
            String ring = (String) script.executeScript(FOCUS_RING);
            seen.add(ring);
            String measure = ring.substring(ring.lastIndexOf(": ") + 2);
            if (measure.equals("no ring") || Double.parseDouble(measure) < 3.0) {
                weak.add(ring);
            }
        }
        script.executeScript("if (document.activeElement) document.activeElement.blur(); window.scrollTo(0, 0);");
        assertTrue(weak.isEmpty(), "every focus ring stands out 3:1 from what is around it: " + weak + "; all: " + seen);
    }

    private static long shownNumber(WebDriver driver) {
        Matcher number = INQUIRY_ADDRESS.matcher(URI.create(driver.getCurrentUrl()).getPath());
        return number.find() ? Long.parseLong(number.group(1)) : -1;
    }
}
