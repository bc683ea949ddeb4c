package io.supportcenter.domain.inquiry;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * First-response times in business hours over a period: the median, the 90th percentile (nearest
 * rank, so it is always a time that occurred) and the share answered within 24, 48 and 72 business
 * hours. Empty periods have no median or percentile (null), and shares of zero.
 */
public record ResponseTimes(int answered, Duration median, Duration p90, double within24, double within48, double within72)
        implements Serializable {

    public static ResponseTimes of(List<Duration> businessTimes) {
        if (businessTimes.isEmpty()) {
            return new ResponseTimes(0, null, null, 0, 0, 0);
        }
        List<Duration> sorted = new ArrayList<>(businessTimes);
        Collections.sort(sorted);
        return new ResponseTimes(sorted.size(), median(sorted), nearestRank(sorted, 0.9),
                share(sorted, 24), share(sorted, 48), share(sorted, 72));
    }

    /** The middle time; for an even count the mean of the two middle ones. */
    private static Duration median(List<Duration> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    private static Duration nearestRank(List<Duration> sorted, double percentile) {
        int rank = (int) Math.ceil(percentile * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double share(List<Duration> sorted, int hours) {
        Duration limit = Duration.ofHours(hours);
        return (double) sorted.stream().filter(time -> time.compareTo(limit) <= 0).count() / sorted.size();
    }
}
