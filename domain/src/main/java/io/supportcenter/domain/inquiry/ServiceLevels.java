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
     * The configured usual wait as members count it, in working days of the calendar: 24–48 business hours of
     * eleven-hour days are 2–4 working days. Each end is rounded to the nearest whole day, at least one, and the range
     * never runs backwards. What members are told once a team has enough answers of its own: {@link AnswerTimes}.
     */
    public UsualWait usualWait() {
        return UsualWait.configured(usualFromHours, usualToHours, calendar.workingDay());
    }
}
