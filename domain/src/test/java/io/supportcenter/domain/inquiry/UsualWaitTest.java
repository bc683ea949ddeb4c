package io.supportcenter.domain.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class UsualWaitTest {

    private static final Duration ELEVEN_HOUR_DAY = Duration.ofHours(11);

    private static ResponseTimes times(Duration... each) {
        return ResponseTimes.of(List.of(each));
    }

    private static ResponseTimes repeated(int count, Duration time, Duration... more) {
        return ResponseTimes.of(Stream.concat(Collections.nCopies(count, time).stream(), Stream.of(more)).toList());
    }

    @Test
    void aTeamThatAnswersWithinAWorkingDayIsSaidInBusinessHoursRoundedUp() {
        // median 2 h 10 min, 90th percentile 5 h: "within 3–5 business hours".
        UsualWait wait = UsualWait.measured(repeated(10, Duration.ofMinutes(130), Duration.ofHours(5), Duration.ofHours(5)), ELEVEN_HOUR_DAY);
        assertEquals(new UsualWait(3, 5, UsualWait.Unit.BUSINESS_HOURS, true), wait);
        // Twenty minutes is still "within 1 business hour", never "within 0".
        assertEquals(new UsualWait(1, 1, UsualWait.Unit.BUSINESS_HOURS, true), UsualWait.measured(times(Duration.ofMinutes(20)), ELEVEN_HOUR_DAY));
    }

    @Test
    void aTeamThatTakesLongerThanAWorkingDayIsSaidInWorkingDays() {
        // median 6 business hours (a day, rounded), 90th percentile 30 business hours (three eleven-hour days, rounded).
        UsualWait wait = UsualWait.measured(repeated(8, Duration.ofHours(6), Duration.ofHours(30), Duration.ofHours(30)), ELEVEN_HOUR_DAY);
        assertEquals(new UsualWait(1, 3, UsualWait.Unit.WORKING_DAYS, true), wait);
    }

    @Test
    void theConfiguredRangeIsInWorkingDaysAndNotMeasured() {
        assertEquals(new UsualWait(2, 4, UsualWait.Unit.WORKING_DAYS, false), UsualWait.configured(24, 48, ELEVEN_HOUR_DAY));
    }

    @Test
    void aRangeStartsAtOneAndNeverRunsBackwards() {
        assertThrows(IllegalArgumentException.class, () -> new UsualWait(0, 2, UsualWait.Unit.BUSINESS_HOURS, true));
        assertThrows(IllegalArgumentException.class, () -> new UsualWait(3, 2, UsualWait.Unit.WORKING_DAYS, false));
    }
}
