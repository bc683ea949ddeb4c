package io.supportcenter.web.shell;

import io.supportcenter.domain.contact.ContactLine;
import io.supportcenter.domain.contact.LineHours;
import io.supportcenter.domain.policy.Policies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The phone lines with their hours and the offices, from the policies in force, for the pages (and
 * emails) that show them. Hours are written in English, as the rest of the portal.
 */
@Named
@ApplicationScoped
public class ContactDetails {

    @Inject
    Policies policies;

    @Inject
    Clock clock;

    /** Hours in words, per configured hours: every page's footer shows them, and policies change rarely. */
    private final Map<LineHours, String> hoursTexts = new ConcurrentHashMap<>();

    public String getClientSupportPhone() {
        return policies.now().clientSupportLine().phone();
    }

    /** For example "Monday to Friday, 6:00 AM to 5:00 PM Pacific Time". */
    public String getClientSupportHours() {
        return hoursTexts.computeIfAbsent(policies.now().clientSupportLine().hours(), ContactDetails::hoursText);
    }

    public Line getClientSupport() {
        return line(policies.now().clientSupportLine());
    }

    public Line getSales() {
        return line(policies.now().salesLine());
    }

    public List<String> getOffices() {
        return policies.now().offices();
    }

    private Line line(ContactLine line) {
        Instant now = clock.instant();
        return new Line(line.phone(), hoursTexts.computeIfAbsent(line.hours(), ContactDetails::hoursText), line.isOpen(now),
                line.isHoliday(now));
    }

    /** In words from the bundle; also used for emails, so it reads the bundle without a Faces request. */
    static String hoursText(LineHours hours) {
        ResourceBundle texts = ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH);
        String days = hours.daysFormARange()
                ? MessageFormat.format(texts.getString("contact.hours.days-range"), name(hours.firstDay()), name(hours.lastDay()))
                : hours.days().stream().map(ContactDetails::name).collect(Collectors.joining(", "));
        DateTimeFormatter time = DateTimeFormatter.ofPattern(texts.getString("contact.hours.time-pattern"), Locale.ENGLISH);
        return MessageFormat.format(texts.getString("contact.hours"), days, time.format(hours.opens()), time.format(hours.closes()),
                hours.zone().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** A line as the contact page shows it: whether it is staffed right now, in its own time zone, and if not, whether for a holiday. */
    public record Line(String phone, String hours, boolean open, boolean holiday) {
    }
}
