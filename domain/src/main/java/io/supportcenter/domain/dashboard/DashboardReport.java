package io.supportcenter.domain.dashboard;

import io.supportcenter.domain.kb.ContentGaps;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Everything the dashboards show for one period: a line per team and one for all teams, and the
 * searches of the period by owning team (top searches and those that found nothing).
 *
 * @param takenAt when the open inquiries were counted (their ages are counted from then)
 */
public record DashboardReport(DashboardPeriod period, Instant takenAt, List<TeamFigures> teams, TeamFigures allTeams,
                              List<ContentGaps> searches) implements Serializable {

    public DashboardReport {
        teams = List.copyOf(teams);
        searches = List.copyOf(searches);
    }
}
