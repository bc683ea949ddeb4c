package io.supportcenter.web.shell;

import io.supportcenter.domain.account.MemberProfile;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.staff.StaffProfile;
import io.supportcenter.web.auth.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one way the portal writes a moment ({@code #{moments.at(…)}}, {@code #{moments.ago(…)}}): in the reader's time
 * zone (a member's own, the zone a staff user chose, else the business calendar's, {@code support.calendar.zone}),
 * in the page's language, with the patterns of the message bundle; "3 h ago" beside it where the age matters; a
 * zone by its name, never its id alone.
 */
@Named
@RequestScoped
public class Moments {

    @Inject
    CurrentUser currentUser;

    @Inject
    Policies policies;

    @Inject
    Clock clock;

    /** The zone the reader reads times in. */
    public ZoneId zone() {
        return currentUser.member().map(MemberProfile::timeZone)
                .or(() -> currentUser.staffUser().map(StaffProfile::timeZone).filter(Objects::nonNull))
                .orElseGet(this::calendarZone);
    }

    /** The business calendar's zone: the support team's, and the reader's unless they chose another. */
    public ZoneId calendarZone() {
        return policies.now().serviceLevels().calendar().zone();
    }

    /** "Sun, Dec 6, 2026, 1:26 AM PST": date and time in the reader's zone. */
    public String at(Instant moment) {
        return format(moment, "time.pattern");
    }

    /** "Sun, Dec 6, 2026": the day alone, in the reader's zone. */
    public String day(Instant moment) {
        return format(moment, "date.pattern");
    }

    /** "Sun, Dec 6, 2026, 1:26 AM PST (3 h ago)". */
    public String atAndAgo(Instant moment) {
        return moment == null ? "" : Texts.text("time.at-and-ago", at(moment), ago(moment));
    }

    /** How long ago, as people say it at a glance: "just now", "12 min ago", "3 h ago", "2 d ago"; "in 3 h" ahead. */
    public String ago(Instant moment) {
        if (moment == null) {
            return "";
        }
        Duration between = Duration.between(moment, clock.instant());
        String amount = amount(between.abs());
        if (amount == null) {
            return Texts.text("time.just-now");
        }
        return Texts.text(between.isNegative() ? "time.in" : "time.ago", amount);
    }

    private static String amount(Duration span) {
        if (span.toDays() > 0) {
            return Texts.text("time.days", span.toDays());
        }
        if (span.toHours() > 0) {
            return Texts.text("time.hours", span.toHours());
        }
        return span.toMinutes() > 0 ? Texts.text("time.minutes", span.toMinutes()) : null;
    }

    /** A zone as people know it: "Pacific Time (Los Angeles)". */
    public String zoneName(ZoneId zone) {
        return zone == null ? "" : label(zone, locale());
    }

    public String zoneName(String zoneId) {
        return zoneId == null || zoneId.isBlank() ? "" : zoneName(ZoneId.of(zoneId));
    }

    /** A zone's name in a language, with the place its id names: "Central European Time (Berlin)". */
    public static String label(ZoneId zone, Locale locale) {
        String id = zone.getId();
        String place = id.contains("/") ? id.substring(id.lastIndexOf('/') + 1).replace('_', ' ') : id;
        return zone.getDisplayName(TextStyle.FULL_STANDALONE, locale).equals(id)
                ? id : zone.getDisplayName(TextStyle.FULL_STANDALONE, locale) + " (" + place + ")";
    }

    /** The zones a person may choose from: the places' zones, by id (no "Etc/GMT+3" or legacy "SystemV/" aliases). */
    public static List<String> choosableZones() {
        return ZoneId.getAvailableZoneIds().stream().filter(zone -> zone.contains("/") && !zone.startsWith("Etc/")
                && !zone.startsWith("SystemV/")).sorted().toList();
    }

    private String format(Instant moment, String patternKey) {
        if (moment == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(Texts.text(patternKey), locale()).format(moment.atZone(zone()));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
