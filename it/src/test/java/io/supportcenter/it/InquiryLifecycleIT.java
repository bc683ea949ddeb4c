package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.JobRuns;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.Mailbox;
import io.supportcenter.it.support.PinnedClock;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestDatabase;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reminder and the automatic close of an inquiry awaiting the member, with the portal's clock pinned
 * and its job running every second: each email goes out exactly once however many runs
 * see the inquiry; the member then reopens it.
 */
@RunsOnPayara
class InquiryLifecycleIT {

    private static final Instant NOW = Deployments.FIXED_NOW;
    private static Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** The jobs and pages of each test see {@link #NOW}; the next test sees the real time again. */
    @RegisterExtension
    final PinnedClock clock = PinnedClock.at(NOW, () -> List.of(base));

    @BeforeAll
    static void startMailbox() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.close();
    }

    private long mails(String subjectPart) {
        return mailbox.to(Demo.PAT).stream().filter(m -> Mailbox.subject(m).contains(subjectPart)).count();
    }

    private void awaitMail(String subjectPart) {
        mailbox.awaitSubject(Demo.PAT, subjectPart, Duration.ofSeconds(30));
    }

    /** As a staff reply on any node would leave it: the member's turn since {@code hoursAgo} hours. */
    private static void awaitingMemberSince(long number, int hoursAgo) throws SQLException {
        try (Connection c = TestDatabase.current().connect(); PreparedStatement update = c.prepareStatement(
                "UPDATE inquiry SET status = 'AWAITING_MEMBER', awaiting_since = ?, first_responded_at = ?, version = version + 1 WHERE id = ?")) {
            update.setObject(1, NOW.minus(Duration.ofHours(hoursAgo)).atOffset(ZoneOffset.UTC));
            update.setObject(2, NOW.minus(Duration.ofHours(hoursAgo)).atOffset(ZoneOffset.UTC));
            update.setLong(3, number);
            assertEquals(1, update.executeUpdate());
        }
    }

    @Test
    void remindedOnceClosedOnceThenReopened() throws Exception {
        PortalClient pat = Logins.member(base, Demo.PAT);
        HttpResponse<String> form = pat.get("/support/ask");
        Matcher row = Pattern.compile("data-rowkey=\"([^\"]+)\"(?:(?!data-rowkey).)*?>\\s*Web Services\\s*<", Pattern.DOTALL).matcher(form.body());
        assertTrue(row.find());
        String subject = "API key " + UUID.randomUUID().toString().substring(0, 4);
        FacesForm ask = FacesForm.of(form, "ask").set("ask:category_selection", row.group(1)).set("ask:subject", subject)
                .set("ask:question", "Where do I find my web services API key?");
        HttpResponse<String> finished = FacesForm.of(ask.submit(pat, "ask:continue"), "ask").submit(pat, "ask:finish");
        Matcher address = Pattern.compile("/support/history/(\\d+)$").matcher(PortalClient.redirectTarget(finished).getPath());
        assertTrue(address.find());
        long number = Long.parseLong(address.group(1));

        awaitingMemberSince(number, 49);
        awaitMail("#" + number + " closes soon");
        JobRuns.awaitMore(2, List.of(base), JobRuns.INQUIRY, JobRuns.MAIL);
        assertEquals(1, mails("#" + number + " closes soon"), "one reminder, however many runs");
        assertTrue(textOf(pat.get("/support/history/" + number), "next-step").startsWith("We answered and await your reply"));

        awaitingMemberSince(number, 73);
        awaitMail("#" + number + " was closed");
        JobRuns.awaitMore(2, List.of(base), JobRuns.INQUIRY, JobRuns.MAIL);
        assertEquals(1, mails("#" + number + " was closed"), "one close, however many runs");
        assertTrue(textOf(pat.get("/support/history/" + number), "next-step").startsWith("It closed automatically on"));

        String page = "/support/history/" + number;
        assertRedirectTo(FacesForm.open(pat, page, "thread").set("thread:message", "I still cannot find it.")
                .submit(pat, "thread:reopen"), page);
        assertTrue(textOf(pat.get(page), "inquiry-status").contains("In progress"));
        awaitMail("#" + number + " is open again");
    }
}
