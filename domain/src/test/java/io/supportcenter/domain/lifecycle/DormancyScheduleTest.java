package io.supportcenter.domain.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Dormancy dates across month ends, February, leap years and daylight saving, in Pacific time. */
class DormancyScheduleTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final DormancySchedule SIX_MONTHS = new DormancySchedule(Period.ofMonths(6), 30, PACIFIC);

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    private static Instant pacific(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PACIFIC).toInstant();
    }

    @Test
    void deactivationFallsOnTheEndOfTheMonthInWhichTheAccountBecomesDormant() {
        assertEquals(pacific("2027-06-01T00:00"), SIX_MONTHS.deactivationDue(day("2026-11-15")), "dormant on 15 May");
        assertEquals(pacific("2027-06-01T00:00"), SIX_MONTHS.deactivationDue(day("2026-11-30")), "dormant on 30 May");
        assertEquals(pacific("2027-07-01T00:00"), SIX_MONTHS.deactivationDue(day("2026-12-01")), "dormant on 1 June");
    }

    @Test
    void sixMonthsFromTheThirtyFirstOfAugustEndInFebruary() {
        assertEquals(pacific("2027-03-01T00:00"), SIX_MONTHS.deactivationDue(day("2026-08-31")), "28 February 2027");
        assertEquals(pacific("2028-03-01T00:00"), SIX_MONTHS.deactivationDue(day("2027-08-31")), "29 February 2028, a leap year");
        assertEquals(pacific("2027-01-30T00:00"), SIX_MONTHS.warningDue(day("2026-08-31")), "30 days before 1 March 2027");
        assertEquals(pacific("2028-01-31T00:00"), SIX_MONTHS.warningDue(day("2027-08-31")), "30 days before 1 March 2028");
    }

    @Test
    void theWarningComesThirtyCalendarDaysBeforeIn30And31DayMonths() {
        assertEquals(pacific("2027-05-02T00:00"), SIX_MONTHS.warningDue(day("2026-11-10")), "May has 31 days: 2 May");
        assertEquals(pacific("2027-06-01T00:00"), SIX_MONTHS.warningDue(day("2026-12-10")), "June has 30 days: 1 June");
        assertEquals(pacific("2027-11-01T00:00"), SIX_MONTHS.warningDue(day("2027-05-20")),
                "across the daylight-saving change of 7 November, still local midnight");
    }

    @Test
    void aLateWarningMovesTheDeadlineSoThatTheNoticeIsNeverShorter() {
        LocalDate lastCommission = day("2026-08-31");
        assertEquals(pacific("2027-03-01T00:00"), SIX_MONTHS.deadlineWhenWarned(lastCommission, pacific("2027-01-30T00:00")), "on time");
        assertEquals(pacific("2027-03-01T00:00"), SIX_MONTHS.deadlineWhenWarned(lastCommission, pacific("2027-01-20T08:00")), "early");
        assertEquals(pacific("2027-04-01T00:00"), SIX_MONTHS.deadlineWhenWarned(lastCommission, pacific("2027-02-10T08:00")),
                "ten days late: 30 days from 10 February end in March");
        assertEquals(pacific("2027-06-01T00:00"), SIX_MONTHS.deadlineWhenWarned(lastCommission, pacific("2027-05-01T08:00")),
                "after months of downtime: 31 May");
    }

    @Test
    void theCutOffDaySelectsExactlyTheAccountsDueTheirWarning() {
        for (DormancySchedule schedule : new DormancySchedule[] {SIX_MONTHS, new DormancySchedule(Period.ofDays(180), 30, PACIFIC)}) {
            for (Instant now = pacific("2026-01-01T00:00"); now.isBefore(pacific("2029-01-01T00:00")); now = now.plusSeconds(86_400 * 3 + 7_200)) {
                LocalDate cutOff = schedule.warnIfLastActiveBefore(now);
                for (LocalDate last = cutOff.minusDays(40); last.isBefore(cutOff.plusDays(40)); last = last.plusDays(1)) {
                    boolean due = !schedule.warningDue(last).isAfter(now);
                    assertEquals(due, last.isBefore(cutOff), schedule + " at " + now + ", last active " + last);
                }
            }
        }
    }

    @Test
    void aPeriodMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new DormancySchedule(Period.ZERO, 30, PACIFIC));
        assertThrows(IllegalArgumentException.class, () -> new DormancySchedule(Period.ofMonths(6), 0, PACIFIC));
    }
}
