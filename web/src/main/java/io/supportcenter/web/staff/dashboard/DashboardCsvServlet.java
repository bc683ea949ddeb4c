package io.supportcenter.web.staff.dashboard;

import io.supportcenter.domain.dashboard.AgeBand;
import io.supportcenter.domain.dashboard.DashboardPeriod;
import io.supportcenter.domain.dashboard.DashboardReport;
import io.supportcenter.domain.dashboard.Dashboards;
import io.supportcenter.domain.dashboard.TeamFigures;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.kb.ContentGaps;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.web.auth.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The dashboards as CSV: {@code /staff/dashboards.csv?from=yyyy-MM-dd&to=yyyy-MM-dd&table=teams}
 * (a line per team and one for all teams) or {@code &table=searches} (top and zero-result searches by
 * owning team). Column names are stable identifiers, numbers are plain (hours with one decimal,
 * shares between 0 and 1), so that a spreadsheet or a script reads them without guessing.
 */
@WebServlet("/staff/dashboards.csv")
public class DashboardCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final List<String> TEAM_COLUMNS = List.of("from", "to", "team", "open", "open_under_1_day",
            "open_1_to_3_days", "open_3_to_7_days", "open_over_7_days", "submitted", "answered",
            "first_response_median_business_hours", "first_response_p90_business_hours", "answered_within_24h",
            "answered_within_48h", "answered_within_72h", "auto_closed", "reopened", "answered_by_topic", "deflection_rate");
    private static final List<String> SEARCH_COLUMNS = List.of("from", "to", "team", "list", "search", "searches",
            "without_results", "likely_category");

    @Inject
    Dashboards dashboards;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(currentUser.caller() instanceof Caller.Staff staff)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String table = Optional.ofNullable(request.getParameter("table")).orElse("teams");
        if (!table.equals("teams") && !table.equals("searches")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "table is teams or searches");
            return;
        }
        DashboardReport report;
        try {
            report = dashboards.report(staff, period(request));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "from and to are dates like 2026-11-22");
            return;
        } catch (BusinessException e) {
            response.sendError(e.messageKey().equals("dashboard.supervisors-only") || e.messageKey().equals("inquiry.staff-only")
                    ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_BAD_REQUEST, e.messageKey());
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"support-" + table + "-" + report.period().from()
                + "-to-" + report.period().to() + ".csv\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            if (table.equals("teams")) {
                writeTeams(csv, report);
            } else {
                writeSearches(csv, report);
            }
        }
    }

    private DashboardPeriod period(HttpServletRequest request) {
        String from = request.getParameter("from");
        String to = request.getParameter("to");
        return DashboardPeriod.asked(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                dashboards.today());
    }

    private static void writeTeams(CSVPrinter csv, DashboardReport report) throws IOException {
        csv.printRecord(TEAM_COLUMNS);
        for (TeamFigures team : report.teams()) {
            csv.printRecord(teamLine(report, team.teamName(), team));
        }
        csv.printRecord(teamLine(report, "All teams", report.allTeams()));
    }

    private static List<Object> teamLine(DashboardReport report, String name, TeamFigures team) {
        List<Object> line = new ArrayList<>(List.of(report.period().from(), report.period().to(), text(name), team.open()));
        for (AgeBand band : AgeBand.values()) {
            line.add(team.open(band));
        }
        line.addAll(List.of(team.submitted(), team.responses().answered(), hours(team.responses().median()),
                hours(team.responses().p90()), share(team.responses().within24()), share(team.responses().within48()),
                share(team.responses().within72()), team.autoClosed(), team.reopened(), team.deflected(), share(team.deflectionRate())));
        return line;
    }

    private static void writeSearches(CSVPrinter csv, DashboardReport report) throws IOException {
        csv.printRecord(SEARCH_COLUMNS);
        for (ContentGaps team : report.searches()) {
            String name = team.teamName() == null ? "(no category)" : team.teamName();
            for (ContentGaps.Row row : team.topSearches()) {
                csv.printRecord(searchLine(report, name, "top", row));
            }
            for (ContentGaps.Row row : team.withoutResults()) {
                csv.printRecord(searchLine(report, name, "without_results", row));
            }
        }
    }

    private static List<Object> searchLine(DashboardReport report, String team, String list, ContentGaps.Row row) {
        return List.of(report.period().from(), report.period().to(), text(team), list, text(row.query()), row.searches(),
                row.withoutResults(), text(row.categoryName() == null ? "" : row.categoryName()));
    }

    /**
     * Text as a spreadsheet will not run it: members type the searches, and a cell that starts with =, +, -, @, a
     * separator (;) or a control character, or whose first visible character is one of =, +, -, @ (spreadsheets skip
     * leading blanks), would be taken for a formula (OWASP "CSV injection"): such a cell starts with a quote.
     */
    static String text(String value) {
        if (value.isEmpty()) {
            return value;
        }
        int first = 0;
        while (first < value.length() && (Character.isWhitespace(value.charAt(first)) || Character.isSpaceChar(value.charAt(first)))) {
            first++; // no-break spaces too, which strip() keeps
        }
        boolean risky = "=+-@;\t\r\n".indexOf(value.charAt(0)) >= 0
                || first < value.length() && "=+-@".indexOf(value.charAt(first)) >= 0;
        return risky ? "'" + value : value;
    }

    private static String hours(Duration time) {
        return time == null ? "" : String.format(Locale.ROOT, "%.1f", time.toMinutes() / 60.0);
    }

    private static String share(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
