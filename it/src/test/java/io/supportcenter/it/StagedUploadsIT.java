package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.JobRuns;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.PinnedClock;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.PortalClock;
import io.supportcenter.it.support.Questions;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.SharedPortalContainer;
import io.supportcenter.it.support.TestDatabase;
import io.supportcenter.it.support.TestMembers;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A file chosen on a form goes to the database at once and the page keeps its id only: it leaves with the
 * message, each user may have only so much waiting, and what nobody sent is forgotten after the time kept.
 */
@RunsOnPayara
class StagedUploadsIT {

    private static final Instant NOW = Deployments.FIXED_NOW;
    private static final byte[] CSV = "date,amount\n2026-12-01,12.50\n".getBytes(StandardCharsets.UTF_8);
    private static final int NINE_MB = 9 * 1024 * 1024;
    /** What the uploader on Ask a Question updates: its message and the list of chosen files. */
    private static final String UPDATED = "ask:files-message ask:fileList";

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final PinnedClock clock = PinnedClock.at(NOW, () -> List.of(base));

    private static long staged(String member) {
        return TestDatabase.current().count("SELECT COUNT(*) FROM staged_file WHERE owner = 'member:" + TestMembers.userId(member) + "'");
    }

    private static FacesForm askForm(PortalClient client, String subject) {
        HttpResponse<String> page = client.get("/support/ask");
        assertStatus(200, page);
        return FacesForm.of(page, "ask").set("ask:category_selection", Questions.categoryKey(page, "Payment Methods"))
                .set("ask:subject", subject).set("ask:question", "Can I be paid by bank transfer instead of cheque, please?");
    }

    /** A PDF as the uploader's content check sees one: its signature, then filler. */
    private static byte[] pdf(int size) {
        byte[] data = new byte[size];
        Arrays.fill(data, (byte) ' ');
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, data, 0, 9);
        return data;
    }

    private static long usedHeapMb() {
        return SharedPortalContainer.sharedNode().usedHeapAfterCollection() / (1024 * 1024);
    }

    @Test
    void aChosenFileWaitsInTheDatabaseAndLeavesWithTheQuestion() {
        String member = TestMembers.newSuperUser("uploader");
        PortalClient client = Logins.member(base, member);
        FacesForm ask = askForm(client, "Statement with upload");

        HttpResponse<String> uploaded = ask.upload(client, "ask:files", UPDATED, "payments.csv", CSV);
        assertStatus(200, uploaded);
        assertTrue(uploaded.body().contains("payments.csv"), "the page lists the file: " + uploaded.body());
        assertEquals(1, staged(member), "the file waits in the database");

        HttpResponse<String> finished = FacesForm.of(ask.submit(client, "ask:continue"), "ask").submit(client, "ask:finish");
        Matcher number = Pattern.compile("/support/history/(\\d+)$").matcher(PortalClient.redirectTarget(finished).getPath());
        assertTrue(number.find(), "Finish leads to the new inquiry");
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM inquiry_attachment a JOIN inquiry_message m ON m.id = a.message_id"
                + " WHERE m.inquiry_id = " + number.group(1) + " AND a.file_name = 'payments.csv'"));
        assertEquals(0, staged(member), "sent, it no longer waits");
    }

    @Test
    void eachUserMayHaveOnlySoMuchWaitingAndAbandonedPagesCostTheHeapNothing() {
        String member = TestMembers.newSuperUser("hoarder");
        PortalClient client = Logins.member(base, member);
        long heapBefore = usedHeapMb();
        // Three pages of five 9 MB files, never sent: the first eleven fit in the 100 MB a user may have waiting.
        String refusal = null;
        for (int page = 0; page < 3; page++) {
            FacesForm ask = askForm(client, "Abandoned page " + page);
            for (int file = 0; file < 5; file++) {
                HttpResponse<String> answer = ask.upload(client, "ask:files", UPDATED, "statement-" + page + "-" + file + ".pdf", pdf(NINE_MB));
                assertStatus(200, answer);
                if (answer.body().contains("already take")) {
                    refusal = answer.body();
                }
            }
        }
        long heapAfter = usedHeapMb();
        // Printed, not asserted: other classes' work shares the heap; what is asserted is where the files are.
        System.out.printf("[it] portal heap after a full collection: %d MB before three abandoned pages of 9 MB uploads, %d MB after"
                + " (%d files, 99 MB, waiting in the database)%n", heapBefore, heapAfter, staged(member));
        assertEquals(11, staged(member), "eleven files fit in the limit, the other four are refused");
        assertTrue(refusal != null && refusal.contains("already take 100 MB"), "the refusal says why, next to the uploader: " + refusal);
        assertEquals(11L * NINE_MB, TestDatabase.current().count("SELECT SUM(size_bytes) FROM staged_file WHERE owner = 'member:"
                + TestMembers.userId(member) + "'"));
    }

    @Test
    void aStagingAreaThatCannotBeWrittenRefusesTheFileNextToTheUploaderAndTheQuestionStillGoes() {
        String member = TestMembers.newSuperUser("unlucky");
        PortalClient client = Logins.member(base, member);
        FacesForm ask = askForm(client, "Staging refused");
        // The staging area refuses every write, as a full or failing disk would: a rule no new row meets.
        TestDatabase db = TestDatabase.current();
        db.execute("ALTER TABLE staged_file ADD CONSTRAINT it_staging_fault CHECK (size_bytes < 0)"
                + (db.kind() == TestDatabase.Kind.POSTGRESQL ? " NOT VALID" : " NOCHECK"));
        HttpResponse<String> refused;
        try {
            refused = ask.upload(client, "ask:files", UPDATED, "payments.csv", CSV);
        } finally {
            db.execute("ALTER TABLE staged_file DROP CONSTRAINT it_staging_fault");
        }
        assertStatus(200, refused);
        assertTrue(refused.body().contains("could not be stored just now; nothing else was lost"),
                "the uploader says so, next to it: " + refused.body());
        assertTrue(refused.body().contains("ask:files-message"), "in the uploader's own message");
        assertEquals(0, staged(member));

        HttpResponse<String> finished = FacesForm.of(ask.submit(client, "ask:continue"), "ask").submit(client, "ask:finish");
        Matcher number = Pattern.compile("/support/history/(\\d+)$").matcher(PortalClient.redirectTarget(finished).getPath());
        assertTrue(number.find(), "what was typed is still sent");
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM inquiry WHERE id = " + number.group(1)
                + " AND subject = 'Staging refused'"));
    }

    @Test
    void filesNobodySentAreForgottenAfterTheTimeKept() {
        String member = TestMembers.newSuperUser("forgetful");
        PortalClient client = Logins.member(base, member);
        assertStatus(200, askForm(client, "Never sent").upload(client, "ask:files", UPDATED, "payments.csv", CSV));
        assertEquals(1, staged(member));

        PortalClock.pin(base, NOW.plus(Duration.ofHours(23)));
        JobRuns.awaitMore(2, List.of(base), JobRuns.INQUIRY);
        assertEquals(1, staged(member), "kept for 24 hours");

        PortalClock.pin(base, NOW.plus(Duration.ofHours(24)).plusSeconds(1));
        JobRuns.awaitMore(2, List.of(base), JobRuns.INQUIRY);
        assertEquals(0, staged(member), "forgotten after 24 hours");
    }
}
