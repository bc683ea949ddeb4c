package io.supportcenter.domain.policy;

import io.supportcenter.domain.auth.AuthPolicy;
import io.supportcenter.domain.auth.LockPolicy;
import io.supportcenter.domain.calendar.BusinessCalendar;
import io.supportcenter.domain.calendar.UsFederalHolidays;
import io.supportcenter.domain.contact.ContactLine;
import io.supportcenter.domain.contact.LineHours;
import io.supportcenter.domain.inquiry.AttachmentPolicy;
import io.supportcenter.domain.lifecycle.DormancySchedule;
import io.supportcenter.domain.inquiry.ServiceLevels;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The value of every policy at one moment, already checked one by one and together, with the rule
 * objects the services work with built from them.
 */
public final class PolicyValues {

    private final Map<Policy, String> values;
    private final ServiceLevels serviceLevels;
    private final AuthPolicy auth;
    private final AttachmentPolicy attachments;
    // Parsed once per reading of the policies: every page's footer shows the Client Support line.
    private final ContactLine clientSupportLine;
    private final ContactLine salesLine;

    /**
     * @param values canonical values of every policy
     * @param year   this year in the calendar's zone (the default holidays are this year's and next)
     */
    private PolicyValues(Map<Policy, String> values, int year) {
        this.values = new EnumMap<>(values);
        checkTogether();
        this.serviceLevels = new ServiceLevels(calendar(year), Duration.ofHours(number(Policy.RESPONSE_HOURS)),
                number(Policy.USUAL_FROM_HOURS), number(Policy.USUAL_TO_HOURS), Duration.ofHours(number(Policy.AUTO_CLOSE_HOURS)),
                Duration.ofHours(number(Policy.REMINDER_HOURS_BEFORE)));
        this.auth = new AuthPolicy(new LockPolicy(number(Policy.LOGIN_MAX_FAILURES), Duration.ofMinutes(number(Policy.LOGIN_MAX_LOCK_MINUTES)),
                slowdowns()), Duration.ofMinutes(number(Policy.TEMPORARY_PASSWORD_MINUTES)), number(Policy.LOGIN_HELP_PER_ADDRESS),
                number(Policy.LOGIN_HELP_PER_CLIENT), Boolean.parseBoolean(value(Policy.LOGIN_HELP_REVEAL_UNKNOWN)),
                "link".equals(value(Policy.LOGIN_HELP_MODE)), Duration.ofMinutes(number(Policy.ADMIN_UNLOCK_MINUTES)));
        this.attachments = new AttachmentPolicy(number(Policy.ATTACHMENT_MAX_FILES), number(Policy.ATTACHMENT_MAX_MB) * 1024L * 1024L);
        Set<LocalDate> holidays = holidays(year);
        this.clientSupportLine = new ContactLine(value(Policy.CLIENT_SUPPORT_PHONE),
                LineHours.parse(value(Policy.CLIENT_SUPPORT_HOURS)).orElseThrow(), holidays);
        this.salesLine = new ContactLine(value(Policy.SALES_LINE_PHONE), LineHours.parse(value(Policy.SALES_LINE_HOURS)).orElseThrow(),
                holidays);
    }

    /**
     * The values in force when {@code overrides} win over {@code defaults}; every value is checked.
     *
     * @throws PolicyRefusal naming the first policy that cannot be used
     */
    public static PolicyValues of(Map<Policy, String> defaults, Map<Policy, String> overrides, Clock clock) {
        Map<Policy, String> merged = new EnumMap<>(Policy.class);
        for (Policy policy : Policy.values()) {
            String raw = overrides.containsKey(policy) ? overrides.get(policy) : defaults.getOrDefault(policy, policy.builtInDefault());
            try {
                merged.put(policy, policy.normalise(raw));
            } catch (PolicyRefusal refusal) {
                throw PolicyRefusal.withRule(policy, refusal.rule() + ", not \"" + raw + "\""
                        + (overrides.containsKey(policy) ? " (as set at /staff/admin/policies)" : ""), refusal.messageKey(),
                        refusal.arguments().toArray());
            }
        }
        // The year of the business calendar, not of UTC: New Year's Eve evening in Los Angeles is already next year in UTC.
        return new PolicyValues(merged, LocalDate.now(clock.withZone(ZoneId.of(merged.get(Policy.CALENDAR_ZONE)))).getYear());
    }

    /** The built-in defaults with {@code values} over them, as of now: for tests and tools. */
    public static PolicyValues of(Map<Policy, String> values) {
        return of(Map.of(), values, Clock.systemUTC());
    }

    public String value(Policy policy) {
        return values.get(policy);
    }

    public int number(Policy policy) {
        return Integer.parseInt(values.get(policy));
    }

    public ServiceLevels serviceLevels() {
        return serviceLevels;
    }

    public AuthPolicy auth() {
        return auth;
    }

    public AttachmentPolicy attachments() {
        return attachments;
    }

    public ContactLine clientSupportLine() {
        return clientSupportLine;
    }

    public ContactLine salesLine() {
        return salesLine;
    }

    /** When accounts without valid commissions are warned and deactivated, in the business calendar's zone. */
    public DormancySchedule dormancy() {
        return new DormancySchedule(Period.ofMonths(number(Policy.DORMANCY_MONTHS)), DormancySchedule.WARNING_DAYS,
                ZoneId.of(value(Policy.CALENDAR_ZONE)));
    }

    /** The offices, in the order configured. */
    public List<String> offices() {
        String listed = value(Policy.OFFICES);
        return listed.isEmpty() ? List.of() : List.of(listed.split(";"));
    }

    /** The holidays in force: the listed days, or without a list the US federal holidays of {@code year} and the next. */
    public Set<LocalDate> holidays(int year) {
        String listed = value(Policy.CALENDAR_HOLIDAYS);
        if (listed.isEmpty()) {
            return UsFederalHolidays.thisAndNextYear(year);
        }
        Set<LocalDate> days = new TreeSet<>();
        Arrays.stream(listed.split(",")).map(LocalDate::parse).forEach(days::add);
        return days;
    }

    private BusinessCalendar calendar(int year) {
        return BusinessCalendar.weekdays(ZoneId.of(value(Policy.CALENDAR_ZONE)), LocalTime.parse(value(Policy.CALENDAR_OPENS)),
                LocalTime.parse(value(Policy.CALENDAR_CLOSES)), holidays(year));
    }

    private List<Duration> slowdowns() {
        return Arrays.stream(value(Policy.LOGIN_SLOWDOWN_SECONDS).split(",")).map(Long::parseLong).map(Duration::ofSeconds).toList();
    }

    /** The rules between policies; the refusal names the policy an admin would change to satisfy it, and both keys. */
    private void checkTogether() {
        if (!LocalTime.parse(value(Policy.CALENDAR_OPENS)).isBefore(LocalTime.parse(value(Policy.CALENDAR_CLOSES)))) {
            throw together(Policy.CALENDAR_CLOSES, "must be later than", Policy.CALENDAR_OPENS, "policy.invalid.closes-after-opens");
        }
        if (number(Policy.USUAL_FROM_HOURS) > number(Policy.USUAL_TO_HOURS)) {
            throw together(Policy.USUAL_TO_HOURS, "must be at least", Policy.USUAL_FROM_HOURS, "policy.invalid.usual-range");
        }
        if (number(Policy.USUAL_TO_HOURS) > number(Policy.RESPONSE_HOURS)) {
            throw together(Policy.RESPONSE_HOURS, "must be at least", Policy.USUAL_TO_HOURS, "policy.invalid.response-after-usual");
        }
        if (number(Policy.REMINDER_HOURS_BEFORE) >= number(Policy.AUTO_CLOSE_HOURS)) {
            throw together(Policy.REMINDER_HOURS_BEFORE, "must be less than", Policy.AUTO_CLOSE_HOURS, "policy.invalid.reminder-before-close");
        }
        int waits = value(Policy.LOGIN_SLOWDOWN_SECONDS).split(",").length;
        if (waits >= number(Policy.LOGIN_MAX_FAILURES)) {
            throw PolicyRefusal.withRule(Policy.LOGIN_SLOWDOWN_SECONDS, Policy.LOGIN_SLOWDOWN_SECONDS.configKey() + " (" + value(Policy.LOGIN_SLOWDOWN_SECONDS)
                    + ") must list fewer waits than " + Policy.LOGIN_MAX_FAILURES.configKey() + " (" + value(Policy.LOGIN_MAX_FAILURES) + ")",
                    "policy.invalid.slowdowns", value(Policy.LOGIN_MAX_FAILURES), waits);
        }
    }

    /** {@code policy} breaks a rule with {@code other}; the page's message is given the other's value. */
    private PolicyRefusal together(Policy policy, String relation, Policy other, String messageKey) {
        return PolicyRefusal.withRule(policy, policy.configKey() + " (" + value(policy) + ") " + relation + " " + other.configKey() + " ("
                + value(other) + ")", messageKey, value(other));
    }
}
