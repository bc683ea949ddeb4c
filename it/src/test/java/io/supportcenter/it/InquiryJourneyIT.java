package io.supportcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.browser.AskPages;
import io.supportcenter.it.browser.LoginPage;
import io.supportcenter.it.browser.PortalJourney;
import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.ItSettings;
import io.supportcenter.it.support.TestMembers;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A member asks a question in the browser: category tree, word count, attachments (one refused),
 * Continue, Finish; then Support History, a reply with a file, close and reopen. axe-core runs on
 * every page shown.
 */
class InquiryJourneyIT extends PortalJourney {

    private static Path file(String name, byte[] content) throws IOException {
        Path dir = Files.createDirectories(ItSettings.targetDir().resolve("uploads"));
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void askContinueFinishThenReplyCloseAndReopen() throws IOException {
        URI root = root();
        Path statement = file("statement.pdf", "%PDF-1.4\n% statement for May\n".getBytes(StandardCharsets.US_ASCII));
        Path disguised = file("invoice.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
        Path clicks = file("clicks.csv", "date,clicks\n2026-05-01,120\n".getBytes(StandardCharsets.UTF_8));

        LoginPage.open(browser.driver(), root).logIn(Demo.PAT, Demo.PASSWORD);
        AskPages ask = new AskPages(browser.driver(), root);
        ask.openAsk();
        browser.inspect("ask-01-form");
        ask.chooseCategory("Payments", "Payment Schedule");
        assertEquals("3 of at most 5 words", ask.typeSubject("May payment missing"));
        ask.typeQuestion("My May payment has not arrived yet. When are payments made, and what should I check?");
        assertTrue(ask.attach("ask:files", statement, "ask:fileList").contains("statement.pdf"));
        ask.attach("ask:files", disguised, "ask:fileList");
        assertEquals("The file \"invoice.pdf\" is not what its name says; it was not attached.", ask.uploadError("ask:files"));
        browser.inspect("ask-02-filled");

        String suggestions = ask.proceed();
        assertTrue(suggestions.contains("This answered my question"), suggestions);
        browser.inspect("ask-03-suggestions");
        ask.finish();
        assertTrue(ask.message().startsWith("Your question was sent as number"), ask.message());
        assertTrue(ask.text("inquiry-team").contains("Client Support"));
        assertTrue(ask.text("messages").contains("statement.pdf"), "the attachment is listed");
        browser.inspect("ask-04-sent");
        String inquiryPage = ask.path();

        ask.open("/support/history");
        assertTrue(ask.text("history").contains("May payment missing"));
        browser.inspect("ask-05-history");

        ask.open(inquiryPage);
        ask.write("Here are my clicks for May.");
        assertTrue(ask.attach("thread:files", clicks, "thread:fileList").contains("clicks.csv"));
        ask.press("thread:reply");
        assertEquals("Your reply was sent.", ask.message());
        assertTrue(ask.text("messages").contains("clicks.csv"));
        ask.press("thread:close");
        assertTrue(ask.text("inquiry-status").contains("Closed"));
        browser.inspect("ask-06-closed");
        ask.write("The payment still has not arrived.");
        ask.press("thread:reopen");
        assertTrue(ask.text("inquiry-status").contains("In progress"), ask.text("inquiry-status"));
        browser.inspect("ask-07-reopened");

        browser.assertNoBlockingViolations();
    }

    /**
     * The Ask page tells where things are: a refused Continue puts the focus on the first field in error, a fixed
     * field's message goes, the subject's counter turns to an error past five words, the suggestions' heading takes
     * the focus while the question above is read-only, Finish says it is sending; and it all reads on a phone.
     * Screenshots for docs/screenshots (ask-form, ask-suggestions, ask-sent, history, each with a -phone twin).
     */
    @Test
    void theAskPageMovesTheFocusAndShowsWhatItIsDoing() {
        URI root = root();
        WebDriver driver = browser.driver();
        LoginPage.open(driver, root).logIn(TestMembers.newSuperUser("asker"), Demo.PASSWORD);
        AskPages ask = new AskPages(driver, root);
        ask.openAsk();

        ask.proceedRefused();
        assertTrue(ask.focusWithin("ask:category"), "a refused Continue focuses the first field in error, not " + ask.focused());
        assertEquals("Please choose a category.", ask.text("ask:category-message"));
        ask.chooseCategory("Payments", "Payment Schedule");
        ask.awaitNoMessage("ask:category-message");

        WebElement counter = ask.subjectCounterAt("one two three four five six", 6);
        assertTrue(counter.getAttribute("class").contains("word-count-over"), "past five words the counter is an error at once");
        assertEquals("6 words: please use at most 5", counter.getText());
        ask.typeQuestion("My May payment has not arrived yet. When are payments made, and what should I check?");
        ask.proceedRefused();
        assertEquals("ask:subject", ask.focused(), "the subject is the first field in error now");
        assertTrue(ask.text("ask:subject-message").contains("The subject has 6 words"), ask.text("ask:subject-message"));
        assertFalse(ask.subjectCounterAt("May payment missing", 3).getAttribute("class").contains("word-count-over"));
        ask.leaveField();
        ask.awaitNoMessage("ask:subject-message");
        browser.inspect("ask-form");
        browser.atPhoneWidth(() -> {
            // The question's half of the page: on a phone the category tree fills the first screen.
            ((JavascriptExecutor) driver).executeScript("document.getElementById('question-heading').scrollIntoView();");
            browser.inspect("ask-form-phone");
            WebElement choose = driver.findElement(By.cssSelector("[id='ask:files'] .sc-file-choose .ui-button-text"));
            assertTrue(choose.isDisplayed() && "Choose files".equals(choose.getText()), "the file button keeps its words on a phone");
        });

        assertTrue(ask.proceed().contains("These topics may already answer your question"));
        assertEquals("suggestions-heading", ask.focused(), "the suggestions' heading takes the focus and is read out");
        assertReadOnlyWithOnePrimaryButton(driver);
        ask.press("ask:edit");
        assertEquals(null, driver.findElement(By.id("ask:subject")).getAttribute("readonly"), "Back to my question: editable again");
        ask.proceed();
        browser.inspect("ask-suggestions");
        browser.atPhoneWidth(() -> browser.inspect("ask-suggestions-phone"));

        Map<String, Object> busy = ask.finishWatchingBusyState();
        assertEquals(Boolean.TRUE, busy.get("disabled"), "Finish is disabled while it sends: " + busy);
        assertEquals("true", busy.get("busy"), "and aria-busy: " + busy);
        assertEquals("Sending…", busy.get("text"));
        assertEquals(Boolean.TRUE, busy.get("spinner"));
        assertTrue(ask.message().contains("We usually answer within 2–4 working days; at the latest by"), ask.message());
        browser.inspect("ask-sent");
        browser.atPhoneWidth(() -> browser.inspect("ask-sent-phone"));

        ask.open("/support/history");
        assertTrue(driver.findElement(By.cssSelector(".history-table .inquiry-link")).getText().contains("May payment missing"));
        browser.inspect("history");
        browser.atPhoneWidth(() -> {
            browser.inspect("history-phone");
            Object wrapped = ((JavascriptExecutor) driver).executeScript(
                    "return Array.from(document.querySelectorAll('.history-table .ui-column-title')).filter(function (t) {"
                            + " var r = document.createRange(); r.selectNodeContents(t); return r.getClientRects().length > 1;"
                            + "}).map(function (t) { return t.textContent; });");
            assertEquals(List.of(), wrapped, "a card's labels never wrap");
        });
        browser.assertNoBlockingViolations();
    }

    /** With the suggestions showing, the question is read, not edited, and Finish is the one primary button. */
    private static void assertReadOnlyWithOnePrimaryButton(WebDriver driver) {
        assertEquals("true", driver.findElement(By.id("ask:subject")).getAttribute("readonly"));
        assertEquals("true", driver.findElement(By.id("ask:question")).getAttribute("readonly"));
        assertTrue(driver.findElements(By.cssSelector("[id='ask:files'], [id='ask:category']")).isEmpty(),
                "no uploader, no category tree: the chosen category is shown as chosen");
        assertTrue(driver.findElement(By.id("chosen-category")).getText().contains("Payment Schedule"));
        List<String> primary = driver.findElements(By.cssSelector("[id='ask'] button.ui-button")).stream()
                .filter(WebElement::isDisplayed).filter(b -> !b.getAttribute("class").contains("ui-button-secondary"))
                .map(b -> b.getAttribute("id")).toList();
        assertEquals(List.of("ask:finish"), primary, "only Finish is a primary button");
    }

    @Test
    void uploadRefusalsAreNamedAndTheAcceptedFilesStay() throws IOException {
        URI root = root();
        LoginPage.open(browser.driver(), root).logIn(Demo.SAM, Demo.PASSWORD);
        AskPages ask = new AskPages(browser.driver(), root);
        ask.openAsk();
        for (int i = 1; i <= 5; i++) {
            Path note = file("note-" + i + ".txt", ("Note " + i + "\n").getBytes(StandardCharsets.UTF_8));
            assertTrue(ask.attach("ask:files", note, "ask:fileList").contains("note-" + i + ".txt"));
        }
        Path sixth = file("note-6.txt", "Note 6\n".getBytes(StandardCharsets.UTF_8));
        String list = ask.attach("ask:files", sixth, "ask:fileList");
        assertEquals("\"note-6.txt\" was not attached: you can attach at most 5 files.", ask.uploadError("ask:files"));
        assertTrue(!list.contains("note-6.txt") && list.contains("note-5.txt"), list);

        ask.removeFirstFile();
        Path big = file("big-export.csv", new byte[11 * 1024 * 1024]);
        ask.attach("ask:files", big, "ask:fileList");
        assertEquals("The file \"big-export.csv\" is larger than 10 MB.", ask.uploadError("ask:files"));
        Path program = file("setup.exe", new byte[] {'M', 'Z', 0, 0});
        ask.attach("ask:files", program, "ask:fileList");
        assertTrue(ask.uploadError("ask:files").startsWith("Files like \"setup.exe\" cannot be attached."), ask.uploadError("ask:files"));
        browser.inspect("ask-08-upload-refusals");
        browser.assertNoBlockingViolations();
    }
}
