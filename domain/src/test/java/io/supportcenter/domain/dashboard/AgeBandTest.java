package io.supportcenter.domain.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AgeBandTest {

    @Test
    void eachBandEndsBeforeItsLimit() {
        assertEquals(AgeBand.UNDER_1_DAY, AgeBand.of(Duration.ZERO));
        assertEquals(AgeBand.UNDER_1_DAY, AgeBand.of(Duration.ofHours(23).plusMinutes(59)));
        assertEquals(AgeBand.DAYS_1_TO_3, AgeBand.of(Duration.ofDays(1)));
        assertEquals(AgeBand.DAYS_3_TO_7, AgeBand.of(Duration.ofDays(3)));
        assertEquals(AgeBand.OVER_7_DAYS, AgeBand.of(Duration.ofDays(7)));
        assertEquals(AgeBand.OVER_7_DAYS, AgeBand.of(Duration.ofDays(400)));
    }
}
