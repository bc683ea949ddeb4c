package io.supportcenter.domain.calendar;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The days and hours support works, in one time zone (by default Monday–Friday 06:00–17:00
 * America/Los_Angeles minus holidays). Opening and closing times are local times of each day, so a
 * working day stays eleven hours long across daylight-saving changes; arithmetic runs day by day.
 */
public final class BusinessCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Far enough for any service level; a calendar without working days must not loop for ever. */
    private static final int MAX_DAYS = 3_660;

    private final ZoneId zone;
    private final LocalTime opens;
    private final LocalTime closes;
    private final Set<DayOfWeek> workdays;
    private final Set<LocalDate> holidays;

    public BusinessCalendar(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> workdays, Set<LocalDate> holidays) {
        this.zone = Objects.requireNonNull(zone);
        this.opens = Objects.requireNonNull(opens);
        this.closes = Objects.requireNonNull(closes);
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("a working day must open before it closes: " + opens + "–" + closes);
        }
        this.workdays = workdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(workdays);
        this.holidays = Set.copyOf(holidays);
    }

    /** Monday–Friday 06:00–17:00 in {@code zone}, minus {@code holidays}. */
    public static BusinessCalendar weekdays(ZoneId zone, LocalTime opens, LocalTime closes, Set<LocalDate> holidays) {
        return new BusinessCalendar(zone, opens, closes, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), holidays);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The working time of one working day (opening to closing; the same every day, see above). */
    public Duration workingDay() {
        return Duration.between(opens, closes);
    }

    public boolean isWorkingDay(LocalDate date) {
        return workdays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** Whether {@code moment} falls within working hours. */
    public boolean isOpen(Instant moment) {
        LocalDate date = LocalDate.ofInstant(moment, zone);
        return isWorkingDay(date) && !moment.isBefore(opening(date)) && moment.isBefore(closing(date));
    }

    /** The moment when {@code amount} of working time has passed after {@code start}. */
    public Instant plus(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("negative business time: " + amount);
        }
        Duration remaining = amount;
        Instant cursor = start;
        LocalDate date = LocalDate.ofInstant(start, zone);
        for (int day = 0; day < MAX_DAYS; day++, date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            Instant from = later(cursor, opening(date));
            Instant to = closing(date);
            if (from.isBefore(to)) {
                Duration available = Duration.between(from, to);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days of " + start);
    }

    /** The working time between two moments (zero if {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate date = LocalDate.ofInstant(from, zone); !date.isAfter(last); date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            Instant start = later(from, opening(date));
            Instant end = earlier(to, closing(date));
            if (start.isBefore(end)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    private Instant opening(LocalDate date) {
        return ZonedDateTime.of(date, opens, zone).toInstant();
    }

    private Instant closing(LocalDate date) {
        return ZonedDateTime.of(date, closes, zone).toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
