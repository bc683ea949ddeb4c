package io.supportcenter.domain.dashboard;

import java.time.Duration;
import java.time.Instant;

/** How long an open inquiry has waited since it was sent, in the bands the dashboard counts by. */
public enum AgeBand {
    UNDER_1_DAY(Duration.ofDays(1)),
    DAYS_1_TO_3(Duration.ofDays(3)),
    DAYS_3_TO_7(Duration.ofDays(7)),
    OVER_7_DAYS(null);

    private final Duration below;

    AgeBand(Duration below) {
        this.below = below;
    }

    /** The youngest age in this band. */
    public Duration atLeast() {
        return ordinal() == 0 ? Duration.ZERO : values()[ordinal() - 1].below;
    }

    /** Sent after this moment to be younger than the band's upper bound (null: no bound). */
    public Instant sentAfter(Instant now) {
        return below == null ? null : now.minus(below);
    }

    /** Sent at or before this moment to be at least as old as the band's lower bound. */
    public Instant sentNotAfter(Instant now) {
        return now.minus(atLeast());
    }

    public static AgeBand of(Duration age) {
        for (AgeBand band : values()) {
            if (band.below == null || age.compareTo(band.below) < 0) {
                return band;
            }
        }
        throw new IllegalStateException("the last band takes every age");
    }
}
