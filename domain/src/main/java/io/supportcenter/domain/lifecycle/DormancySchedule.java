package io.supportcenter.domain.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When a publisher account without valid commissions is warned and deactivated (SPEC §8). The account
 * becomes dormant once the dormancy period has passed since its last valid commission (or since it was
 * opened); it is deactivated at the end of the month in which that happens, and warned 30 days before.
 * Days and month ends are those of the calendar's time zone.
 *
 * @param dormancy    how long an account may go without a valid commission (default six months)
 * @param warningDays how many days before the deactivation the warning goes out
 * @param zone        the zone whose month ends count
 */
public record DormancySchedule(Period dormancy, int warningDays, ZoneId zone) {

    /** SPEC §8: the warning goes out 30 days before the deactivation. */
    public static final int WARNING_DAYS = 30;

    public DormancySchedule {
        Objects.requireNonNull(dormancy);
        Objects.requireNonNull(zone);
        if (dormancy.isNegative() || dormancy.isZero() || warningDays < 1) {
            throw new IllegalArgumentException("dormancy and warning must be positive");
        }
    }

    /**
     * The end of the month in which the account becomes dormant: the first moment of the following
     * month. A six-month period from 31 August ends on the last day of February.
     */
    public Instant deactivationDue(LocalDate lastActivity) {
        LocalDate dormantOn = lastActivity.plus(dormancy);
        return dormantOn.withDayOfMonth(1).plusMonths(1).atStartOfDay(zone).toInstant();
    }

    /** When the warning is due: {@link #warningDays} calendar days before the deactivation. */
    public Instant warningDue(LocalDate lastActivity) {
        return daysBefore(deactivationDue(lastActivity), warningDays);
    }

    /**
     * The deactivation a warning sent at {@code warnedAt} announces: the usual month end, or, when the
     * warning goes out late (after downtime), the end of the month in which a full warning period has
     * passed, so that nobody is deactivated with less notice than promised.
     */
    public Instant deadlineWhenWarned(LocalDate lastActivity, Instant warnedAt) {
        Instant usual = deactivationDue(lastActivity);
        if (!warnedAt.isAfter(warningDue(lastActivity))) {
            return usual;
        }
        LocalDate noticeEnds = warnedAt.atZone(zone).toLocalDate().plusDays(warningDays);
        return noticeEnds.withDayOfMonth(1).plusMonths(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The first day of activity that is recent enough at {@code now}: an account last active before it
     * is due its warning ({@code warningDue(lastActivity) <= now} exactly when {@code lastActivity} is
     * before the returned day), so that the job can ask the database for those accounts.
     */
    public LocalDate warnIfLastActiveBefore(Instant now) {
        LocalDate noticeEnds = now.atZone(zone).plusDays(warningDays).toLocalDate();
        return noticeEnds.withDayOfMonth(1).minus(dormancy);
    }

    private Instant daysBefore(Instant moment, int days) {
        ZonedDateTime local = moment.atZone(zone);
        return local.minusDays(days).toInstant();
    }
}
