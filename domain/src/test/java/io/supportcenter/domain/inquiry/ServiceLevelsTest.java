package io.supportcenter.domain.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.supportcenter.domain.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceLevelsTest {

    private static ServiceLevels levels(LocalTime opens, LocalTime closes, int usualFrom, int usualTo) {
        BusinessCalendar calendar = BusinessCalendar.weekdays(ZoneId.of("America/Los_Angeles"), opens, closes, Set.of());
        return new ServiceLevels(calendar, Duration.ofHours(72), usualFrom, usualTo, Duration.ofDays(7), Duration.ofDays(1));
    }

    @Test
    void theUsualBusinessHoursAreSaidAsTheWorkingDaysMembersCount() {
        assertEquals(new UsualWait(2, 4, UsualWait.Unit.WORKING_DAYS, false), levels(LocalTime.of(6, 0), LocalTime.of(17, 0), 24, 48).usualWait());
        assertEquals(new UsualWait(3, 6, UsualWait.Unit.WORKING_DAYS, false), levels(LocalTime.of(9, 0), LocalTime.of(17, 0), 24, 48).usualWait());
    }

    @Test
    void aFewHoursAreAtLeastOneDayAndTheRangeNeverRunsBackwards() {
        assertEquals(new UsualWait(1, 1, UsualWait.Unit.WORKING_DAYS, false), levels(LocalTime.of(6, 0), LocalTime.of(17, 0), 1, 3).usualWait());
        assertEquals(new UsualWait(1, 2, UsualWait.Unit.WORKING_DAYS, false), levels(LocalTime.of(8, 0), LocalTime.of(16, 0), 4, 12).usualWait());
    }
}
