package io.supportcenter.web.staff.dashboard;

import io.supportcenter.domain.dashboard.AgeBand;
import io.supportcenter.domain.dashboard.DashboardPeriod;
import io.supportcenter.domain.dashboard.DashboardReport;
import io.supportcenter.domain.dashboard.Dashboards;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.DateParameter;
import io.supportcenter.web.shell.Moments;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/**
 * {@code /staff/dashboards?from=yyyy-MM-dd&to=yyyy-MM-dd} (supervisors, admins): the figures of a
 * period (the last 30 days unless the address says otherwise), so that a period can be bookmarked
 * and sent to a colleague. A period that cannot be shown is explained next to its field while the
 * default period stays on screen.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "dashboard.period.order", "period:to", "dashboard.period.too-long", "period:to",
            "dashboard.period.required", "period:from");

    @Inject
    Dashboards dashboards;

    @Inject
    DashboardCharts charts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Moments moments;

    private String fromParameter;
    private String toParameter;
    private LocalDate from;
    private LocalDate to;
    private DashboardReport report;

    /** View action: the report of the period in the address, or of the default period if it has none or a wrong one. */
    public void load() {
        report = dashboards.report(caller(), periodAsked());
    }

    private DashboardPeriod periodAsked() {
        DashboardPeriod fallback = DashboardPeriod.endingOn(dashboards.today());
        from = DateParameter.parse(fromParameter, "period:from");
        to = DateParameter.parse(toParameter, "period:to");
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            return fallback;
        }
        try {
            DashboardPeriod asked = DashboardPeriod.asked(from, to, dashboards.today());
            from = asked.from();
            to = asked.to();
            return asked;
        } catch (BusinessException e) {
            Texts.error(FIELDS.get(e.messageKey()), e.messageKey(), e.arguments().toArray());
            return fallback;
        }
    }

    /** "Show": the period's own address, or a message next to the field that makes it impossible. */
    public void show() throws IOException {
        DashboardPeriod chosen;
        try {
            chosen = new DashboardPeriod(from, to);
        } catch (BusinessException e) {
            Texts.error(FIELDS.get(e.messageKey()), e.messageKey(), e.arguments().toArray());
            return;
        }
        Redirects.to("/staff/dashboards?" + query(chosen));
    }

    /** The period's query string, for the page's own address and the CSV links. */
    public String query() {
        return query(report.period());
    }

    private static String query(DashboardPeriod period) {
        return "from=" + period.from() + "&to=" + period.to();
    }

    public DashboardReport getReport() {
        return report;
    }

    /** What the page shows: the period, and when the open inquiries were counted. */
    public String getPeriodShown() {
        DashboardReport shown = getReport();
        return Texts.text("dashboard.period.shown", shown.period().from().toString(), shown.period().to().toString(),
                moments.at(shown.takenAt()));
    }

    public String within(int hours) {
        return Texts.text("dashboard.within", hours);
    }

    public List<AgeBand> getAgeBands() {
        return List.of(AgeBand.values());
    }

    public String getOpenChart() {
        return charts.openByTeamAndAge(getReport());
    }

    public String getResponseChart() {
        return charts.firstResponseHours(getReport());
    }

    public String getWithinChart() {
        return charts.sharesWithin(getReport());
    }

    /** Business hours with one decimal, or a dash when nothing was answered. */
    public String hours(Duration time) {
        return time == null ? "–" : Texts.text("dashboard.hours", time.toMinutes() / 60.0);
    }

    public String percent(double share) {
        return Texts.text("dashboard.percent", share);
    }

    private Caller.Staff caller() {
        return currentUser.staffCaller();
    }

    public String getFromParameter() {
        return fromParameter;
    }

    public void setFromParameter(String fromParameter) {
        this.fromParameter = fromParameter;
    }

    public String getToParameter() {
        return toParameter;
    }

    public void setToParameter(String toParameter) {
        this.toParameter = toParameter;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
