package io.supportcenter.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.audit.AuditCriteria;
import io.supportcenter.domain.audit.AuditEvent;
import io.supportcenter.domain.audit.AuditLog;
import io.supportcenter.domain.audit.AuditRepository;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import io.supportcenter.domain.support.Callers;
import io.supportcenter.domain.support.FiredEvents;
import io.supportcenter.domain.support.TestEntities;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Configured defaults, admins' values over them, the checks on typed values, and how soon a change
 * applies on this node and on another one.
 */
class PoliciesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T18:00:00Z");
    private static final Caller.Staff ADMIN = new Caller.Staff(new StaffId(1), Set.of(StaffRole.ADMIN), "203.0.113.9");

    private final Map<String, String> configuration = new HashMap<>(Map.of("support.inquiry.auto-close-hours", "96"));
    private final Map<Policy, PolicySetting> stored = new EnumMap<>(Policy.class);
    private final List<AuditEvent> audited = new ArrayList<>();
    private final MovingClock clock = new MovingClock(NOW);
    private final StaffUser admin = TestEntities.withId(new StaffUser("admin@fixture.example", "Ada", "hash",
            List.of(StaffRole.ADMIN), List.of(), NOW), 1);
    private final StaffUser supervisor = TestEntities.withId(new StaffUser("sup@fixture.example", "Sam", "hash",
            List.of(StaffRole.SUPERVISOR), List.of(), NOW), 2);

    private boolean databaseAway;
    private final Policies policies = node();

    @Test
    void configurationOverridesTheBuiltInDefaultsAndAnAdminsValueOverridesBoth() {
        assertEquals(Duration.ofHours(96), policies.now().serviceLevels().autoClose(), "configured");
        assertEquals(Duration.ofHours(72), policies.now().serviceLevels().responseTarget(), "built in");

        assertEquals(2, policies.change(ADMIN, Map.of(Policy.AUTO_CLOSE_HOURS, " 120 ", Policy.ATTACHMENT_MAX_MB, "20")));

        assertEquals(Duration.ofHours(120), policies.now().serviceLevels().autoClose(), "applies at once on this node");
        assertEquals(20L * 1024 * 1024, policies.now().attachments().maxBytes());
        assertEquals("120", stored.get(Policy.AUTO_CLOSE_HOURS).getValue());
        assertEquals("staff:1", stored.get(Policy.AUTO_CLOSE_HOURS).getChangedBy());
        assertEquals(List.of("policy:ATTACHMENT_MAX_MB 10 → 20", "policy:AUTO_CLOSE_HOURS 96 → 120"),
                audited.stream().map(event -> event.getSubject() + " " + event.getDetail()).sorted().toList());
        assertTrue(audited.stream().allMatch(event -> event.getAction() == AuditAction.POLICY_CHANGED));
    }

    @Test
    void theDefaultHolidaysAreThoseOfTheCalendarsYearNotUtcs() {
        // 21:00 on New Year's Eve in Los Angeles, already 2026 in UTC: Christmas 2025 is still one of this year's holidays.
        Clock newYearsEve = Clock.fixed(Instant.parse("2026-01-01T05:00:00Z"), ZoneOffset.UTC);
        PolicyValues values = PolicyValues.of(Map.of(), Map.of(), newYearsEve);
        assertFalse(values.serviceLevels().calendar().isWorkingDay(LocalDate.of(2025, 12, 25)), "Christmas 2025 (a Thursday) is a holiday");
        assertFalse(values.serviceLevels().calendar().isWorkingDay(LocalDate.of(2026, 1, 1)), "and New Year's Day 2026 (a Thursday)");
    }

    @Test
    void anEmptyFieldOrTheDefaultItselfReturnsToTheDefault() {
        policies.change(ADMIN, Map.of(Policy.AUTO_CLOSE_HOURS, "120", Policy.RESPONSE_HOURS, "60"));
        policies.change(ADMIN, Map.of(Policy.AUTO_CLOSE_HOURS, "", Policy.RESPONSE_HOURS, "72"));

        assertTrue(stored.isEmpty(), "no value of an admin's is kept");
        configuration.put("support.inquiry.auto-close-hours", "100");
        clock.advance(Policies.FRESH_FOR.plusSeconds(1));
        assertEquals(Duration.ofHours(100), policies.now().serviceLevels().autoClose(), "follows the configuration again");
    }

    @Test
    void everyUnusableValueIsNamedAndNothingIsSaved() {
        PolicyRefusals refused = assertThrows(PolicyRefusals.class, () -> policies.change(ADMIN, Map.of(
                Policy.RESPONSE_HOURS, "lots", Policy.CALENDAR_ZONE, "Mars/Olympus", Policy.CALENDAR_OPENS, "25:00",
                Policy.ATTACHMENT_MAX_FILES, "99", Policy.CALENDAR_HOLIDAYS, "2026-12-25, Christmas", Policy.USUAL_FROM_HOURS, "30")));

        Map<Policy, String> reasons = new EnumMap<>(Policy.class);
        refused.refusals().forEach(refusal -> reasons.put(refusal.policy(), refusal.messageKey()));
        assertEquals(Map.of(Policy.RESPONSE_HOURS, "policy.invalid.number", Policy.CALENDAR_ZONE, "policy.invalid.zone",
                Policy.CALENDAR_OPENS, "policy.invalid.time", Policy.ATTACHMENT_MAX_FILES, "policy.invalid.number",
                Policy.CALENDAR_HOLIDAYS, "policy.invalid.date"), reasons);
        assertEquals(List.of(1, 20), refused.refusals().stream().filter(r -> r.policy() == Policy.ATTACHMENT_MAX_FILES)
                .findFirst().orElseThrow().arguments());
        assertTrue(stored.isEmpty(), "the valid usual-from value was not saved either");
        assertTrue(audited.isEmpty());
    }

    @Test
    void valuesThatDisagreeWithEachOtherAreRefused() {
        assertEquals(Policy.REMINDER_HOURS_BEFORE, onlyRefusal(Map.of(Policy.REMINDER_HOURS_BEFORE, "96")),
                "the reminder comes before the closing (96 configured)");
        assertEquals(Policy.CALENDAR_CLOSES, onlyRefusal(Map.of(Policy.CALENDAR_OPENS, "18:00")));
        assertEquals(Policy.USUAL_TO_HOURS, onlyRefusal(Map.of(Policy.USUAL_FROM_HOURS, "50")));
        assertEquals(Policy.RESPONSE_HOURS, onlyRefusal(Map.of(Policy.RESPONSE_HOURS, "40")), "the usual range lies within the target");
        assertEquals(Policy.LOGIN_SLOWDOWN_SECONDS, onlyRefusal(Map.of(Policy.LOGIN_MAX_FAILURES, "2")));
        assertTrue(stored.isEmpty());

        policies.change(ADMIN, Map.of(Policy.REMINDER_HOURS_BEFORE, "96", Policy.AUTO_CLOSE_HOURS, "120"));
        assertEquals(Duration.ofHours(96), policies.now().serviceLevels().reminderBefore(), "together they agree");
    }

    @Test
    void anotherNodeSeesTheChangeWithinTheFreshnessPeriod() {
        Policies otherNode = node();
        assertEquals(Duration.ofHours(96), otherNode.now().serviceLevels().autoClose());

        policies.change(ADMIN, Map.of(Policy.AUTO_CLOSE_HOURS, "120"));

        assertEquals(Duration.ofHours(96), otherNode.now().serviceLevels().autoClose(), "its copy is still fresh");
        clock.advance(Policies.FRESH_FOR.plusSeconds(1));
        assertEquals(Duration.ofHours(120), otherNode.now().serviceLevels().autoClose());
    }

    @Test
    void whileTheDatabaseIsAwayTheValuesLastReadStayInForceAndAreReadAgainWhenItIsBack() {
        policies.change(ADMIN, Map.of(Policy.AUTO_CLOSE_HOURS, "120"));
        assertEquals(Duration.ofHours(120), policies.now().serviceLevels().autoClose());
        databaseAway = true;
        clock.advance(Policies.FRESH_FOR.plusSeconds(1));

        assertEquals(Duration.ofHours(120), policies.now().serviceLevels().autoClose(), "the last values, not an error");

        databaseAway = false;
        stored.remove(Policy.AUTO_CLOSE_HOURS);
        assertEquals(Duration.ofHours(120), policies.now().serviceLevels().autoClose(), "not re-read on every call meanwhile");
        clock.advance(Policies.FRESH_FOR.plusSeconds(1));
        assertEquals(Duration.ofHours(96), policies.now().serviceLevels().autoClose(), "read again when due");
    }

    @Test
    void withNothingReadYetTheFailureIsReported() {
        databaseAway = true;
        assertThrows(IllegalStateException.class, policies::now);
    }

    @Test
    void holidaysAreTheListedDaysOrTheFederalOnes() {
        assertTrue(policies.now().serviceLevels().calendar().isWorkingDay(LocalDate.of(2026, 12, 24)));
        assertFalse(policies.now().serviceLevels().calendar().isWorkingDay(LocalDate.of(2026, 12, 25)), "federal: Christmas");
        assertFalse(policies.now().serviceLevels().calendar().isWorkingDay(LocalDate.of(2027, 1, 1)), "and next year's");

        policies.change(ADMIN, Map.of(Policy.CALENDAR_HOLIDAYS, "2026-12-24\n2026-12-24, 2026-11-26"));

        assertEquals("2026-11-26,2026-12-24", stored.get(Policy.CALENDAR_HOLIDAYS).getValue(), "sorted, once each");
        assertFalse(policies.now().serviceLevels().calendar().isWorkingDay(LocalDate.of(2026, 12, 24)));
        assertTrue(policies.now().serviceLevels().calendar().isWorkingDay(LocalDate.of(2026, 12, 23)));
    }

    @Test
    void onlyAdminsSeeOrChangePolicies() {
        assertEquals("staff.admins-only", assertThrows(BusinessException.class, () -> policies.settings(Callers.staff(2))).messageKey());
        assertEquals("staff.admins-only", assertThrows(BusinessException.class,
                () -> policies.change(new Caller.Staff(new StaffId(2), Set.of(StaffRole.ADMIN), "203.0.113.9"), Map.of(Policy.AUTO_CLOSE_HOURS, "120"))).messageKey());
        assertTrue(stored.isEmpty());

        Policies.Setting autoClose = policies.settings(ADMIN).stream().filter(s -> s.policy() == Policy.AUTO_CLOSE_HOURS).findFirst().orElseThrow();
        assertEquals("96", autoClose.defaultValue());
        assertFalse(autoClose.isOverridden());
        assertEquals(Policy.values().length, policies.settings(ADMIN).size());
    }

    @Test
    void theBuiltInDefaultsAreTheSpecsNumbers() {
        PolicyValues values = PolicyValues.of(Map.of());
        assertEquals(Duration.ofHours(72), values.serviceLevels().autoClose());
        assertEquals(Duration.ofHours(24), values.serviceLevels().reminderBefore());
        assertEquals(5, values.attachments().maxFiles());
        assertEquals(5, values.auth().lock().maxFailures());
        assertEquals(Duration.ofMinutes(15), values.auth().lock().longestLock());
        assertEquals(Duration.ofMinutes(60), values.auth().oneTimeSecretValidity());
        assertEquals(5, values.auth().loginHelpPerAddressPerHour());
        assertTrue(values.auth().revealUnknownAddress());
        assertFalse(values.auth().loginHelpSendsLink());
        assertEquals("America/Los_Angeles", values.serviceLevels().calendar().zone().getId());
    }

    private Policy onlyRefusal(Map<Policy, String> typed) {
        PolicyRefusals refused = assertThrows(PolicyRefusals.class, () -> policies.change(ADMIN, typed));
        assertEquals(1, refused.refusals().size());
        return refused.refusals().get(0).policy();
    }

    @Test
    void theNodeThatSavedUsesTheSavedValuesAtOnceWithoutReadingThemBack() {
        assertEquals(Duration.ofHours(96), policies.now().serviceLevels().autoClose());
        policies.change(ADMIN, Map.of(Policy.AUTO_CLOSE_HOURS, "120"));

        // Until the save commits, another thread reading the rows would find the old ones: this node does not read.
        databaseAway = true;
        assertEquals(Duration.ofHours(120), policies.now().serviceLevels().autoClose());
    }

    private Policies node() {
        StaffUserRepository staff = TestEntities.staff(admin, supervisor);
        PolicySettingRepository settings = new PolicySettingRepository() {
            @Override
            public List<PolicySetting> findAll() {
                if (databaseAway) {
                    throw new IllegalStateException("connection refused");
                }
                return List.copyOf(stored.values());
            }

            @Override
            public Optional<PolicySetting> find(Policy policy) {
                return Optional.ofNullable(stored.get(policy));
            }

            @Override
            public void add(PolicySetting setting) {
                stored.put(setting.getPolicy(), setting);
            }

            @Override
            public void remove(PolicySetting setting) {
                stored.remove(setting.getPolicy());
            }
        };
        AuditRepository events = new AuditRepository() {
            @Override
            public void add(AuditEvent event) {
                audited.add(event);
            }

            @Override
            public List<AuditEvent> find(AuditCriteria criteria, int offset, int limit) {
                return List.copyOf(audited);
            }

            @Override
            public long count(AuditCriteria criteria) {
                return audited.size();
            }
        };
        return new Policies(key -> Optional.ofNullable(configuration.get(key)), settings, staff, new FiredEvents(new AuditLog(events, clock), null), clock);
    }

    /** A clock the test moves forward. */
    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
