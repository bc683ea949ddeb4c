package io.supportcenter.web.staff.kb;

import io.supportcenter.domain.kb.ContentGapReport;
import io.supportcenter.domain.kb.ContentGaps;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The content-gap report ({@code /staff/kb/gaps}): last 30 days of searches by owning team. */
@Named
@RequestScoped
public class ContentGapsBacking {

    @Inject
    ContentGapReport report;

    private List<ContentGaps> teams;

    public List<ContentGaps> getTeams() {
        if (teams == null) {
            teams = report.lastThirtyDays();
        }
        return teams;
    }
}
