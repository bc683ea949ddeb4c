package io.supportcenter.domain.contact;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a phone line is staffed, in the line's own time zone, written as operators configure it:
 * {@code Mon-Fri 06:00-17:00 America/Los_Angeles} (days as a range or a comma list, such as
 * {@code Mon,Wed,Fri}).
 */
public record LineHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, ZoneId zone) {

    private static final Pattern FORMAT = Pattern.compile("(?i)\\s*([a-z]{3}(?:\\s*[-,]\\s*[a-z]{3})*)\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s+(\\S+)\\s*");

    public LineHours {
        days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
        Objects.requireNonNull(zone);
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("a line must open before it closes");
        }
    }

    /** The hours written as configured, or empty when the text cannot be read. */
    public static Optional<LineHours> parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            Set<DayOfWeek> days = days(matcher.group(1));
            LocalTime opens = LocalTime.parse(pad(matcher.group(2)));
            LocalTime closes = LocalTime.parse(pad(matcher.group(3)));
            if (days.isEmpty() || !opens.isBefore(closes)) {
                return Optional.empty();
            }
            return Optional.of(new LineHours(days, opens, closes, ZoneId.of(matcher.group(4))));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the line is staffed at {@code moment}, in its own time zone. */
    public boolean isOpen(Instant moment) {
        ZonedDateTime local = moment.atZone(zone);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /** The canonical written form, such as {@code Mon-Fri 06:00-17:00 America/Los_Angeles}. */
    public String written() {
        return daysWritten() + " " + opens + "-" + closes + " " + zone.getId();
    }

    /**
     * Whether the days are better written as a range, first to last day: more than two days in a row
     * (Monday to Friday), not a short list (Saturday, Sunday).
     */
    public boolean daysFormARange() {
        DayOfWeek first = firstDay();
        DayOfWeek last = lastDay();
        return days.size() > 2 && EnumSet.range(first, last).equals(days);
    }

    public DayOfWeek firstDay() {
        return Collections.min(days);
    }

    public DayOfWeek lastDay() {
        return Collections.max(days);
    }

    private String daysWritten() {
        if (daysFormARange()) {
            return shortName(firstDay()) + "-" + shortName(lastDay());
        }
        return String.join(",", days.stream().map(LineHours::shortName).toList());
    }

    private static String shortName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",")) {
            String[] ends = part.split("-");
            DayOfWeek from = day(ends[0]);
            DayOfWeek to = day(ends[ends.length - 1]);
            if (ends.length > 2 || from.compareTo(to) > 0) {
                throw new IllegalArgumentException("days run Monday to Sunday: " + part);
            }
            days.addAll(EnumSet.range(from, to));
        }
        return days;
    }

    private static DayOfWeek day(String text) {
        String wanted = text.strip();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (shortName(day).equalsIgnoreCase(wanted)) {
                return day;
            }
        }
        throw new IllegalArgumentException("not a day: " + text);
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }
}
