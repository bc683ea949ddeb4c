package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.calendar.BusinessCalendar;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The service levels of SPEC §6, from configuration: the first response is due {@code responseTarget}
 * of business time after submission (usually within {@code usualFrom}–{@code usualTo} business hours),
 * an inquiry awaiting the member closes after {@code autoClose} of wall-clock time, with a reminder
 * {@code reminderBefore} that.
 */
public record ServiceLevels(BusinessCalendar calendar, Duration responseTarget, int usualFromHours, int usualToHours,
                            Duration autoClose, Duration reminderBefore) implements Serializable {

    public Instant firstResponseDue(Instant submitted) {
        return calendar.plus(submitted, responseTarget);
    }

    /**
     * The usual wait as members count it, in working days of the calendar: 24–48 business hours of eleven-hour days
     * are 2–4 working days, where "48 hours" alone reads as two days and contradicts a due date a week away. Each end
     * is rounded to the nearest whole day, at least one, and the range never runs backwards.
     */
    public WorkingDays usualWorkingDays() {
        int from = days(usualFromHours);
        return new WorkingDays(from, Math.max(from, days(usualToHours)));
    }

    private int days(int hours) {
        long dayMinutes = calendar.workingDay().toMinutes();
        return (int) Math.max(1, Math.round(hours * 60.0 / dayMinutes));
    }

    /** A range of working days, {@code from} ≤ {@code to}, both at least one. */
    public record WorkingDays(int from, int to) implements Serializable {
    }
}
