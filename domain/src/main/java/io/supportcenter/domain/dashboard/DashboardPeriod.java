package io.supportcenter.domain.dashboard;

import io.supportcenter.domain.shared.BusinessException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The days a dashboard covers, both included, as dates of the business calendar's zone (so "today"
 * means the same day to every supervisor, wherever they sit).
 */
public record DashboardPeriod(LocalDate from, LocalDate to) implements Serializable {

    /** Longer periods would make the percentiles walk through years of inquiries at each page view. */
    public static final int MAX_DAYS = 366;
    public static final int DEFAULT_DAYS = 30;

    public DashboardPeriod {
        if (from == null || to == null) {
            throw new BusinessException("dashboard.period.required");
        }
        if (to.isBefore(from)) {
            throw new BusinessException("dashboard.period.order");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new BusinessException("dashboard.period.too-long", MAX_DAYS);
        }
    }

    /** The last thirty days, today included. */
    public static DashboardPeriod endingOn(LocalDate today) {
        return new DashboardPeriod(today.minusDays(DEFAULT_DAYS - 1L), today);
    }

    /**
     * The period a page or export was asked for: a missing end is filled in from the default period
     * (the last thirty days up to {@code today}), so that {@code ?from=} alone or nothing at all works.
     */
    public static DashboardPeriod asked(LocalDate from, LocalDate to, LocalDate today) {
        DashboardPeriod fallback = endingOn(today);
        return new DashboardPeriod(from == null ? fallback.from() : from, to == null ? fallback.to() : to);
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
