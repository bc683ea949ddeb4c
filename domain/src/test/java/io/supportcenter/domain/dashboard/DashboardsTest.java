package io.supportcenter.domain.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.supportcenter.domain.calendar.BusinessCalendar;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.inquiry.ServiceLevels;
import io.supportcenter.domain.kb.ContentGapReport;
import io.supportcenter.domain.kb.ContentGaps;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import io.supportcenter.domain.staff.TeamRepository;
import io.supportcenter.domain.support.Callers;
import io.supportcenter.domain.support.TestEntities;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class DashboardsTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final Instant MONDAY_9 = Instant.parse("2026-09-14T16:00:00Z");
    private static final ServiceLevels LEVELS = new ServiceLevels(BusinessCalendar.weekdays(PACIFIC, LocalTime.of(6, 0),
            LocalTime.of(17, 0), java.util.Set.of()), Duration.ofHours(72), 24, 48, Duration.ofHours(72), Duration.ofHours(24));
    private static final TeamRepository TEAMS = TestEntities.teams(TestEntities.team(1, "CLIENT_SUPPORT", "Client Support"),
            TestEntities.team(2, "TECHNICAL_SERVICES", "Technical Services"));

    /** Counts as a database would return them; only the first responses are measured by the class under test. */
    private static final class Figures implements DashboardRepository {
        final Map<Long, Long> submitted = new HashMap<>(Map.of(1L, 6L, 2L, 1L));

        @Override
        public Map<Long, Long> openByTeam(Instant sentAfter, Instant sentNotAfter) {
            return sentAfter == null ? Map.of(1L, 2L) : Map.of(1L, 1L, 2L, 3L);
        }

        @Override
        public Map<Long, Long> submittedByTeam(Instant start, Instant end) {
            return submitted;
        }

        @Override
        public List<FirstResponse> firstResponses(Instant start, Instant end) {
            return List.of(new FirstResponse(1, MONDAY_9, MONDAY_9.plus(Duration.ofHours(2))),
                    // Monday 09:00 to Wednesday 09:00 Pacific: 22 business hours, 48 on the wall clock.
                    new FirstResponse(1, MONDAY_9, MONDAY_9.plus(Duration.ofDays(2))),
                    // Friday 16:00 to Monday 07:00 Pacific: 2 business hours over a weekend.
                    new FirstResponse(2, Instant.parse("2026-09-11T23:00:00Z"), Instant.parse("2026-09-14T14:00:00Z")));
        }

        @Override
        public Map<Long, Long> autoClosedByTeam(Instant start, Instant end) {
            return Map.of(2L, 4L);
        }

        @Override
        public Map<Long, Long> reopenedByTeam(Instant start, Instant end) {
            return Map.of(1L, 1L);
        }

        @Override
        public Map<Long, Long> deflectedByTeam(Instant start, Instant end) {
            Map<Long, Long> counts = new HashMap<>(Map.of(1L, 2L));
            counts.put(null, 1L);
            return counts;
        }
    }

    private static final ContentGapReport NO_SEARCHES = new ContentGapReport() {
        @Override
        public List<ContentGaps> between(Instant start, Instant end) {
            return List.of();
        }
    };

    private static final StaffUser LEAD = TestEntities.withId(new StaffUser("lead@fixture.example", "Lee Lead", "hash",
            List.of(StaffRole.SUPERVISOR), List.of(), MONDAY_9), 40L);
    private static final StaffUser AGENT = TestEntities.withId(new StaffUser("agent@fixture.example", "Avery Agent", "hash",
            List.of(StaffRole.AGENT, StaffRole.EDITOR), List.of(), MONDAY_9), 41L);
    private static final StaffUserRepository STAFF = TestEntities.staff(LEAD, AGENT);

    private final Dashboards dashboards = new Dashboards(new Figures(), TEAMS, STAFF, NO_SEARCHES, () -> LEVELS,
            Clock.fixed(MONDAY_9.plus(Duration.ofDays(2)), ZoneOffset.UTC));

    @Test
    void eachTeamHasItsLineAndAllTeamsTheirSum() {
        DashboardReport report = dashboards.report(Callers.staff(LEAD.getId()), DashboardPeriod.endingOn(dashboards.today()));

        TeamFigures clientSupport = report.teams().get(0);
        assertEquals("Client Support", clientSupport.teamName());
        assertEquals(2, clientSupport.responses().answered());
        assertEquals(Duration.ofHours(12), clientSupport.responses().median(), "the mean of 2 and 22 business hours");
        assertEquals(Duration.ofHours(22), clientSupport.responses().p90());
        assertEquals(1.0, clientSupport.responses().within24());
        assertEquals(2.0 / 8, clientSupport.deflectionRate(), "2 answered by a topic of 8 questions");
        assertEquals(1 + 1 + 1 + 2, clientSupport.open(), "one in each band but the last, which has two");
        assertEquals(2, clientSupport.open(AgeBand.OVER_7_DAYS));

        TeamFigures technical = report.teams().get(1);
        assertEquals(Duration.ofHours(2), technical.responses().median(), "a weekend is not business time");
        assertEquals(4, technical.autoClosed());
        assertEquals(0, technical.deflectionRate());

        TeamFigures all = report.allTeams();
        assertNull(all.teamName());
        assertEquals(3, all.responses().answered());
        assertEquals(7, all.submitted());
        assertEquals(3, all.deflected(), "the one without a category counts for all teams");
        assertEquals(4, all.autoClosed());
        assertEquals(1, all.reopened());
        assertEquals(clientSupport.open() + technical.open(), all.open());
    }

    @Test
    void onlySupervisorsAndAdminsSeeTheFigures() {
        assertRefused("dashboard.supervisors-only", () -> dashboards.report(Callers.staff(AGENT.getId()), DashboardPeriod.endingOn(dashboards.today())));
        assertRefused("inquiry.staff-only", () -> dashboards.report(Callers.staff(99), DashboardPeriod.endingOn(dashboards.today())));
    }

    @Test
    void theDefaultPeriodIsTheLastThirtyDaysOfTheCalendarsZone() {
        // Wednesday 16:00 UTC is still Wednesday in Los Angeles; just after midnight UTC it would not be.
        assertEquals(LocalDate.of(2026, 9, 16), dashboards.today());
        DashboardPeriod period = DashboardPeriod.endingOn(LocalDate.of(2026, 9, 16));
        assertEquals(LocalDate.of(2026, 8, 18), period.from());
        assertEquals(Instant.parse("2026-09-17T07:00:00Z"), period.end(PACIFIC));
        assertEquals(period, DashboardPeriod.asked(null, null, LocalDate.of(2026, 9, 16)));
        assertEquals(new DashboardPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 16)),
                DashboardPeriod.asked(LocalDate.of(2026, 9, 1), null, LocalDate.of(2026, 9, 16)), "a missing end is today");
    }

    @Test
    void aPeriodMustRunForwardAndAtMostAYear() {
        assertRefused("dashboard.period.order", () -> new DashboardPeriod(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 1)));
        assertRefused("dashboard.period.too-long", () -> new DashboardPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 2)));
        assertRefused("dashboard.period.required", () -> new DashboardPeriod(null, LocalDate.of(2026, 1, 2)));
        assertEquals(LocalDate.of(2026, 1, 1), new DashboardPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)).to(),
                "366 days is the most");
    }

    private static void assertRefused(String key, Executable action) {
        assertEquals(key, org.junit.jupiter.api.Assertions.assertThrows(BusinessException.class, action).messageKey());
    }
}
