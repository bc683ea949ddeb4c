package io.supportcenter.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final BusinessCalendar SUPPORT = BusinessCalendar.weekdays(PACIFIC, LocalTime.of(6, 0), LocalTime.of(17, 0),
            UsFederalHolidays.thisAndNextYear(2026));

    private static Instant pacific(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), PACIFIC).toInstant();
    }

    private static Instant plusHours(String start, long hours) {
        return SUPPORT.plus(pacific(start), Duration.ofHours(hours));
    }

    @Test
    void oneHourFromFridayAtOneMinuteToFiveIsMondayMorningAcrossTheSpringForward() {
        // Daylight saving starts on Sunday 8 March 2026: Friday is UTC-8, Monday UTC-7.
        assertEquals(pacific("2026-03-09T06:59"), plusHours("2026-03-06T16:59", 1));
        assertEquals(Instant.parse("2026-03-09T13:59:00Z"), plusHours("2026-03-06T16:59", 1));
    }

    @Test
    void theFallBackWeekendKeepsLocalOpeningHours() {
        // Daylight saving ends on Sunday 1 November 2026.
        assertEquals(pacific("2026-11-02T07:00"), plusHours("2026-10-30T16:00", 2));
        assertEquals(Instant.parse("2026-11-02T15:00:00Z"), plusHours("2026-10-30T16:00", 2));
        assertEquals(Duration.ofHours(2), SUPPORT.between(pacific("2026-10-30T16:00"), pacific("2026-11-02T07:00")));
    }

    @Test
    void aQuestionSentAtTheWeekendStartsCountingOnMonday() {
        assertEquals(pacific("2026-06-08T09:00"), plusHours("2026-06-06T22:30", 3));
        assertEquals(pacific("2026-06-08T09:00"), plusHours("2026-06-05T18:00", 3), "Friday evening counts from Monday");
        assertEquals(Duration.ZERO, SUPPORT.between(pacific("2026-06-06T08:00"), pacific("2026-06-07T20:00")));
    }

    @Test
    void holidaysAreSkipped() {
        // Thanksgiving is Thursday 26 November 2026; the Friday after is a working day.
        assertEquals(pacific("2026-11-27T07:00"), plusHours("2026-11-25T16:00", 2));
        assertFalse(SUPPORT.isWorkingDay(LocalDate.of(2026, 11, 26)));
        assertTrue(SUPPORT.isWorkingDay(LocalDate.of(2026, 11, 27)));
    }

    @Test
    void seventyTwoBusinessHoursSpanTwoWeekends() {
        // Friday 12:00 → 5 h that day, 55 h the next week, 11 h on Monday, 1 h on Tuesday.
        Instant due = plusHours("2026-06-05T12:00", 72);
        assertEquals(pacific("2026-06-16T07:00"), due);
        assertEquals(Duration.ofHours(72), SUPPORT.between(pacific("2026-06-05T12:00"), due));
    }

    @Test
    void aQuestionAtOpeningTimeIsDueSixWorkingDaysAndSixHoursLater() {
        assertEquals(pacific("2026-06-09T12:00"), plusHours("2026-06-01T06:00", 72));
    }

    @Test
    void businessTimeBetweenCountsOnlyWorkingHours() {
        assertEquals(Duration.ofHours(11), SUPPORT.between(pacific("2026-06-01T00:00"), pacific("2026-06-02T00:00")));
        assertEquals(Duration.ofMinutes(30), SUPPORT.between(pacific("2026-06-01T16:30"), pacific("2026-06-01T20:00")));
        assertEquals(Duration.ZERO, SUPPORT.between(pacific("2026-06-02T00:00"), pacific("2026-06-01T00:00")));
    }

    @Test
    void openOnlyInWorkingHours() {
        assertTrue(SUPPORT.isOpen(pacific("2026-06-01T06:00")));
        assertFalse(SUPPORT.isOpen(pacific("2026-06-01T17:00")));
        assertFalse(SUPPORT.isOpen(pacific("2026-07-03T10:00")), "Independence Day 2026 is observed on Friday 3 July");
    }

    @Test
    void aCalendarMustOpenBeforeItCloses() {
        assertThrows(IllegalArgumentException.class,
                () -> BusinessCalendar.weekdays(PACIFIC, LocalTime.of(17, 0), LocalTime.of(6, 0), java.util.Set.of()));
        assertThrows(IllegalArgumentException.class, () -> SUPPORT.plus(Instant.EPOCH, Duration.ofHours(-1)));
    }
}
