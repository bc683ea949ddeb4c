package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.PinnedClock;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestDatabase;
import io.supportcenter.it.support.TestTopics;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Most Popular Topics follow what members read, newer reading weighing more, with the portal's clock
 * pinned (so that "six days ago" is exactly six days whatever the time of the run). The list is
 * recomputed on an editor's demand, as the staff console offers.
 */
@RunsOnPayara
class PopularTopicsIT {

    /** Noon today: the "now" the test pins the portal's clock to. */
    private static final Instant NOW = Deployments.FIXED_NOW;

    private final List<Long> madeTopics = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** The jobs and pages of each test see {@link #NOW}; the next test sees the real time again. */
    @RegisterExtension
    final PinnedClock clock = PinnedClock.at(NOW, () -> List.of(base));

    /**
     * Releases the clock and takes this test's reading out of the list again: the portal is shared, and a
     * later test may read Most Popular Topics.
     */
    @AfterEach
    void releaseTheClockAndForgetTheReading() throws Exception {
        for (long topic : madeTopics) {
            TestDatabase.current().execute("DELETE FROM kb_topic_view WHERE topic_id = " + topic);
        }
        recompute(Logins.staff(base, Demo.EDITOR));
    }

    @Test
    void aBurstOfViewsTodayOutranksMoreViewsSixDaysAgo() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        TestTopics.Generated steady = new TestTopics.Generated(TestTopics.newId(), "steady-" + tag,
                "Steady favourite " + tag, "Read by many members last week.");
        TestTopics.Generated burst = new TestTopics.Generated(TestTopics.newId(), "burst-" + tag,
                "Sudden question " + tag, "Everybody reads this today.");
        TestTopics.insert(List.of(steady, burst), "getting-started", "PUBLIC");
        madeTopics.addAll(List.of(steady.id(), burst.id()));
        // 400 views six days ago: with a half-life of two days they weigh 400 / 2^3 = 50 today.
        TestTopics.addViews(steady.id(), 400, NOW.minus(Duration.ofDays(6)));

        PortalClient editor = Logins.staff(base, Demo.EDITOR);
        PortalClient member = Logins.member(base, Demo.PAT);
        recompute(editor);
        String before = popularList(member);
        assertTrue(before.contains(steady.title()), before);
        assertTrue(!before.contains(burst.title()) || before.indexOf(steady.title()) < before.indexOf(burst.title()),
                "before the burst the steady topic ranks first: " + before);

        // 60 views today: fewer than 400, but newer, so they outweigh 50.
        for (int i = 0; i < 60; i++) {
            assertStatus(200, member.get("/support/topics/" + burst.slug()));
        }
        recompute(editor);
        String after = popularList(member);
        assertTrue(after.contains(burst.title()) && after.contains(steady.title()), after);
        assertTrue(after.indexOf(burst.title()) < after.indexOf(steady.title()),
                "after the burst it ranks above the topic read more often a week ago: " + after);
    }

    private static void recompute(PortalClient editor) {
        assertRedirectTo(FacesForm.open(editor, "/staff/kb", "popular").submit(editor, "popular:refresh"), "/staff/kb");
    }

    private static String popularList(PortalClient member) {
        return textOf(member.get("/support/home"), "popular-topics");
    }
}
