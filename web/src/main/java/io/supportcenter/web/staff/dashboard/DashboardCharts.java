package io.supportcenter.web.staff.dashboard;

import io.supportcenter.domain.dashboard.AgeBand;
import io.supportcenter.domain.dashboard.DashboardReport;
import io.supportcenter.domain.dashboard.TeamFigures;
import io.supportcenter.web.shell.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import io.supportcenter.web.shell.ScriptSafe;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The dashboards' charts as Chart.js configurations for {@code <p:chart value="…">}, written with
 * JSON-P so that team names and labels are escaped as JSON. Colours follow the Saga theme; every
 * chart has the same figures in a table next to it for screen readers and exact values.
 */
@ApplicationScoped
public class DashboardCharts {

    private static final List<String> SERIES_COLOURS = List.of("#2196F3", "#4CAF50", "#FFA726", "#EF5350");

    public String openByTeamAndAge(DashboardReport report) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        AgeBand[] bands = AgeBand.values();
        for (int i = 0; i < bands.length; i++) {
            AgeBand band = bands[i];
            datasets.add(dataset(Texts.text("dashboard.age." + band), i, report.teams(), team -> team.open(band)));
        }
        return bar(report.teams(), datasets, true, Texts.text("dashboard.chart.inquiries"));
    }

    public String firstResponseHours(DashboardReport report) {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(Texts.text("dashboard.median"), 0, report.teams(), team -> hours(team.responses().median())))
                .add(dataset(Texts.text("dashboard.p90"), 2, report.teams(), team -> hours(team.responses().p90())));
        return bar(report.teams(), datasets, false, Texts.text("dashboard.chart.business-hours"));
    }

    public String sharesWithin(DashboardReport report) {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(Texts.text("dashboard.within", 24), 0, report.teams(), team -> percent(team.responses().within24())))
                .add(dataset(Texts.text("dashboard.within", 48), 1, report.teams(), team -> percent(team.responses().within48())))
                .add(dataset(Texts.text("dashboard.within", 72), 2, report.teams(), team -> percent(team.responses().within72())));
        return bar(report.teams(), datasets, false, Texts.text("dashboard.chart.percent"));
    }

    private static JsonObject dataset(String label, int colour, List<TeamFigures> teams, ToDoubleFunction<TeamFigures> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        teams.forEach(team -> data.add(value.applyAsDouble(team)));
        return Json.createObjectBuilder().add("label", label).add("data", data)
                .add("backgroundColor", SERIES_COLOURS.get(colour)).build();
    }

    private static String bar(List<TeamFigures> teams, JsonArrayBuilder datasets, boolean stacked, String valueAxis) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        teams.forEach(team -> labels.add(team.teamName()));
        JsonObjectBuilder valueScale = Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", valueAxis));
        // PrimeFaces writes the configuration into an inline script as it is.
        return ScriptSafe.json(Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", stacked))
                                .add("y", valueScale))
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString());
    }

    private static double hours(Duration time) {
        return time == null ? 0 : Math.round(time.toMinutes() / 6.0) / 10.0;
    }

    private static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }
}
