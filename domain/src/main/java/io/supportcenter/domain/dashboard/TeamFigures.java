package io.supportcenter.domain.dashboard;

import io.supportcenter.domain.inquiry.ResponseTimes;
import java.io.Serializable;
import java.util.Map;

/**
 * One team's line on the dashboards (or the line for all teams, with a null team): its open
 * inquiries now by age, and what happened in the period.
 *
 * @param deflected questions a suggested topic answered, so that they were never sent
 */
public record TeamFigures(String teamCode, String teamName, Map<AgeBand, Long> openByAge, ResponseTimes responses,
                          long submitted, long deflected, long autoClosed, long reopened) implements Serializable {

    public TeamFigures {
        openByAge = Map.copyOf(openByAge);
    }

    public long open() {
        return openByAge.values().stream().mapToLong(Long::longValue).sum();
    }

    public long open(AgeBand band) {
        return openByAge.getOrDefault(band, 0L);
    }

    /** The share of questions a suggested topic answered before they were sent; 0 when nobody asked. */
    public double deflectionRate() {
        long asked = submitted + deflected;
        return asked == 0 ? 0 : (double) deflected / asked;
    }
}
