package io.supportcenter.web.inquiry;

import io.supportcenter.domain.calendar.BusinessCalendar;
import io.supportcenter.domain.calendar.UsFederalHolidays;
import io.supportcenter.domain.inquiry.AttachmentPolicy;
import io.supportcenter.domain.inquiry.ServiceLevels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service levels, the business calendar and the attachment limits, from configuration
 * ({@code support.calendar.*}, {@code support.inquiry.*}, {@code support.attachments.*}).
 * Without {@code support.calendar.holidays} the US federal holidays of this year and next apply.
 */
@ApplicationScoped
public class InquirySettings {

    @Inject
    @ConfigProperty(name = "support.calendar.zone", defaultValue = "America/Los_Angeles")
    String zone;

    @Inject
    @ConfigProperty(name = "support.calendar.opens", defaultValue = "06:00")
    String opens;

    @Inject
    @ConfigProperty(name = "support.calendar.closes", defaultValue = "17:00")
    String closes;

    @Inject
    @ConfigProperty(name = "support.calendar.holidays")
    Optional<String> holidays;

    @Inject
    @ConfigProperty(name = "support.inquiry.response-hours", defaultValue = "72")
    int responseHours;

    @Inject
    @ConfigProperty(name = "support.inquiry.usual-from-hours", defaultValue = "24")
    int usualFromHours;

    @Inject
    @ConfigProperty(name = "support.inquiry.usual-to-hours", defaultValue = "48")
    int usualToHours;

    @Inject
    @ConfigProperty(name = "support.inquiry.auto-close-hours", defaultValue = "72")
    int autoCloseHours;

    @Inject
    @ConfigProperty(name = "support.inquiry.reminder-hours-before", defaultValue = "24")
    int reminderHoursBefore;

    @Inject
    @ConfigProperty(name = "support.attachments.max-files", defaultValue = "5")
    int maxFiles;

    @Inject
    @ConfigProperty(name = "support.attachments.max-mb", defaultValue = "10")
    int maxMegabytes;

    @Inject
    Clock clock;

    // Dependent: records cannot be proxied; the services that take them are application-scoped.
    @Produces
    public ServiceLevels serviceLevels() {
        ZoneId calendarZone = ZoneId.of(zone);
        Set<LocalDate> days = new TreeSet<>();
        holidays.filter(list -> !list.isBlank()).ifPresentOrElse(list -> Arrays.stream(list.split(",")).map(String::strip)
                        .filter(day -> !day.isEmpty()).map(LocalDate::parse).forEach(days::add),
                () -> days.addAll(UsFederalHolidays.thisAndNextYear(LocalDate.now(clock.withZone(calendarZone)).getYear())));
        BusinessCalendar calendar = BusinessCalendar.weekdays(calendarZone, LocalTime.parse(opens), LocalTime.parse(closes), days);
        if (reminderHoursBefore >= autoCloseHours) {
            throw new IllegalStateException("support.inquiry.reminder-hours-before must be less than support.inquiry.auto-close-hours");
        }
        return new ServiceLevels(calendar, Duration.ofHours(responseHours), usualFromHours, usualToHours,
                Duration.ofHours(autoCloseHours), Duration.ofHours(reminderHoursBefore));
    }

    @Produces
    public AttachmentPolicy attachmentPolicy() {
        return new AttachmentPolicy(maxFiles, maxMegabytes * 1024L * 1024L);
    }
}
