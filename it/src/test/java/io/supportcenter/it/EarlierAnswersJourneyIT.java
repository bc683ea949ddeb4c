package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.browser.Browser;
import io.supportcenter.it.browser.PortalJourney;
import io.supportcenter.it.browser.StaffConsolePages;
import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.Questions;
import io.supportcenter.it.support.UniqueWords;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * What the portal learned from its inquiries, clicked as people click it: an agent copies an earlier reply and a
 * topic's link into the composer beside a new question (a draft: the conversation gains nothing), and an editor finds
 * the repeated questions and drafts a topic from one. Screenshots of the workspace's earlier answers (desktop and phone),
 * the repeated-questions page and the drafted topic; axe-core on each.
 */
class EarlierAnswersJourneyIT extends PortalJourney {

    @Test
    void anAgentDraftsAReplyFromAnEarlierAnswerAndAnEditorDraftsATopicFromARepeatedQuestion() {
        String word = UniqueWords.letters(8);
        String subject = "Returned " + word + " payout";
        String answer = "Your " + word + " payout came back because the account holder name differs: correct it under Payment Methods and we pay again on the next run.";
        PortalClient pat = Logins.member(base, Demo.PAT);
        PortalClient agentOverHttp = Logins.staff(base, Demo.AGENT);
        // Near-identical, as a question asked again is: one repeated question for the editor.
        for (String wording : new String[] {"My " + word + " payout came back from the bank.", "My " + word + " payout came back from my bank.",
            "My " + word + " payout came back from the bank, why?"}) {
            long solved = Questions.ask(pat, "Payment Methods", subject, wording);
            String page = "/staff/inquiries/" + solved;
            assertRedirectTo(FacesForm.open(agentOverHttp, page, "work").set("work:text", answer).submit(agentOverHttp, "work:replyClose"), page);
        }
        long open = Questions.ask(pat, "Payment Methods", subject, "My " + word + " payout came back from the bank again, what now?");

        WebDriver driver = browser.driver();
        StaffConsolePages console = new StaffConsolePages(driver, root());
        console.signIn(Demo.AGENT, Demo.PASSWORD);
        console.open("/staff/inquiries/" + open);
        assertTrue(console.text("similar-inquiries").contains("account holder name differs"), console.text("earlier-answers"));
        console.scrollTo("earlier-answers");
        browser.inspect("workspace-07-earlier-answers");
        browser.atPhoneWidth(() -> {
            console.scrollTo("earlier-answers");
            browser.inspect("workspace-08-earlier-answers-phone");
        });

        WebElement text = driver.findElement(By.id("work:text"));
        text.sendKeys("Hello Pat,");
        driver.findElement(By.id("work:similar:0:use")).click();
        composerShows(driver, "account holder name differs");
        String drafted = driver.findElement(By.id("work:text")).getDomProperty("value");
        assertTrue(drafted.startsWith("Hello Pat,\n\nYour " + word), drafted);
        assertEquals("work:text", driver.switchTo().activeElement().getDomAttribute("id"), "the agent goes on writing in the composer");
        assertTrue(console.text("work:feedback").contains("in the composer as a draft"), console.text("work:feedback"));
        driver.findElement(By.id("work:topics:0:link")).click();
        composerShows(driver, "/support/topics/");
        assertTrue(console.text("messages").contains("what now?") && !console.text("messages").contains("Hello Pat"), "nothing is sent");
        browser.inspect("workspace-09-drafted-from-earlier-answer");

        Browser.logOut(driver, root());
        console.signIn(Demo.EDITOR, Demo.PASSWORD);
        console.open("/staff/kb/repeated");
        driver.findElement(By.id("repeated:find")).click();
        Browser.waitUntilSettled(driver);
        WebElement question = driver.findElements(By.cssSelector(".repeated-question")).stream()
                .filter(card -> card.getText().contains(subject)).findFirst().orElseThrow(() -> new AssertionError(console.text("repeated-questions")));
        assertTrue(question.getText().contains("asked 3 times"), question.getText());
        browser.inspect("kb-repeated-questions");
        question.findElement(By.cssSelector("a.draft-topic")).click();
        Browser.waitUntilSettled(driver);
        assertEquals(subject, driver.findElement(By.id("topic:title")).getDomProperty("value"));
        assertTrue(console.text("drafted-from").contains("asked 3 times"));
        browser.inspect("kb-topic-drafted-from-repeated-question");
        browser.assertNoBlockingViolations();
        SimilarInquiriesIT.closeAll(agentOverHttp, open);
    }

    /** Waits until the composer, which the Ajax response replaces, holds this text. */
    private static void composerShows(WebDriver driver, String text) {
        Browser.waitFor(driver).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("work:text")).getDomProperty("value").contains(text));
    }
}
