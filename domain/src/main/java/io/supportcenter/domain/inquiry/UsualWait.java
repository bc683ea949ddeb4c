package io.supportcenter.domain.inquiry;

import java.io.Serializable;
import java.time.Duration;

/**
 * How long an answer usually takes, in the units members count in: business hours when it usually comes within a
 * working day, else working days ("48 business hours" reads as two days to a member and then contradicts a due date a
 * week away). {@code measured}: from the team's own first responses of the last days, not the configured range.
 */
public record UsualWait(int from, int to, Unit unit, boolean measured) implements Serializable {

    public enum Unit { BUSINESS_HOURS, WORKING_DAYS }

    public UsualWait {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("a usual wait runs from at least 1 forwards: " + from + "–" + to);
        }
    }

    /** The configured range, said in working days of {@code workingDay}. */
    static UsualWait configured(int fromHours, int toHours, Duration workingDay) {
        int from = days(Duration.ofHours(fromHours), workingDay);
        return new UsualWait(from, Math.max(from, days(Duration.ofHours(toHours), workingDay)), Unit.WORKING_DAYS, false);
    }

    /**
     * From measured first-response times: the median to the 90th percentile. Within a working day, in whole business
     * hours rounded up (an answer after 20 minutes is "within 1"); beyond it, in working days as the configured range.
     */
    static UsualWait measured(ResponseTimes times, Duration workingDay) {
        if (times.p90().compareTo(workingDay) <= 0) {
            int from = hoursUp(times.median());
            return new UsualWait(from, Math.max(from, hoursUp(times.p90())), Unit.BUSINESS_HOURS, true);
        }
        int from = days(times.median(), workingDay);
        return new UsualWait(from, Math.max(from, days(times.p90(), workingDay)), Unit.WORKING_DAYS, true);
    }

    /** Rounded to the nearest whole working day, at least one. */
    private static int days(Duration time, Duration workingDay) {
        return (int) Math.max(1, Math.round((double) time.toMinutes() / workingDay.toMinutes()));
    }

    private static int hoursUp(Duration time) {
        return (int) Math.max(1, (time.toMinutes() + 59) / 60);
    }
}
