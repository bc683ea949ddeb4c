package io.supportcenter.domain.dashboard;

import java.time.Duration;

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

    public static AgeBand of(Duration age) {
        for (AgeBand band : values()) {
            if (band.below == null || age.compareTo(band.below) < 0) {
                return band;
            }
        }
        throw new IllegalStateException("the last band takes every age");
    }
}
