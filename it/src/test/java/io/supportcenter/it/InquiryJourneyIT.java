package io.supportcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.browser.AskPages;
import io.supportcenter.it.browser.JourneyBrowser;
import io.supportcenter.it.browser.LoginPage;
import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.ItSettings;
import io.supportcenter.it.support.RunsOnPayara;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A member asks a question in the browser: category tree, word count, attachments (one refused),
 * Continue, Finish; then Support History, a reply with a file, close and reopen. axe-core runs on
 * every page shown.
 */
@RunsOnPayara
class InquiryJourneyIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final JourneyBrowser browser = new JourneyBrowser();

    private static Path file(String name, byte[] content) throws IOException {
        Path dir = Files.createDirectories(ItSettings.targetDir().resolve("uploads"));
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void askContinueFinishThenReplyCloseAndReopen() throws IOException {
        URI root = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
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

    @Test
    void uploadRefusalsAreNamedAndTheAcceptedFilesStay() throws IOException {
        URI root = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
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
