package io.supportcenter.domain.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ResponseTimesTest {

    private static List<Duration> hours(int... values) {
        return IntStream.of(values).mapToObj(Duration::ofHours).toList();
    }

    @Test
    void medianPercentileAndSharesOfTenAnswers() {
        ResponseTimes times = ResponseTimes.of(hours(80, 2, 30, 5, 50, 10, 20, 70, 1, 40));
        assertEquals(10, times.answered());
        assertEquals(Duration.ofHours(25), times.median(), "mean of 20 and 30");
        assertEquals(Duration.ofHours(70), times.p90(), "the 9th of 10");
        assertEquals(0.5, times.within24(), 1e-9);
        assertEquals(0.7, times.within48(), 1e-9);
        assertEquals(0.9, times.within72(), 1e-9);
    }

    @Test
    void anOddCountHasItsMiddleAndExactlyTheLimitCountsAsWithin() {
        ResponseTimes times = ResponseTimes.of(hours(24, 48, 72));
        assertEquals(Duration.ofHours(48), times.median());
        assertEquals(Duration.ofHours(72), times.p90());
        assertEquals(1.0 / 3, times.within24(), 1e-9);
        assertEquals(1.0, times.within72(), 1e-9);
    }

    @Test
    void aPeriodWithoutAnswersHasNoTimes() {
        ResponseTimes none = ResponseTimes.of(List.of());
        assertEquals(0, none.answered());
        assertNull(none.median());
        assertNull(none.p90());
        assertEquals(0.0, none.within24());
    }
}
