package io.supportcenter.domain.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A phone line people may call, when it is staffed, and the days it is not although its hours say so: the
 * business calendar's holidays, because the same team answers the phone and the inquiries.
 */
public record ContactLine(String phone, LineHours hours, Set<LocalDate> holidays) {

    public ContactLine {
        Objects.requireNonNull(hours);
        holidays = Set.copyOf(holidays);
    }

    /** A line that works every day its hours name. */
    public ContactLine(String phone, LineHours hours) {
        this(phone, hours, Set.of());
    }

    /**
     * Whether somebody answers at {@code moment}: within the hours and not on a holiday. The holiday is the date in
     * the line's own zone, the day its callers live.
     */
    public boolean isOpen(Instant moment) {
        return hours.isOpen(moment) && !isHoliday(moment);
    }

    /** Whether {@code moment} falls on one of the line's holidays, in its own zone. */
    public boolean isHoliday(Instant moment) {
        return holidays.contains(moment.atZone(hours.zone()).toLocalDate());
    }
}
