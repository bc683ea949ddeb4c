package io.supportcenter.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an operator reads in the log when configured values cannot be used: the keys, their values and the rule. */
class PolicyValuesTest {

    private static PolicyRefusal refusalOf(Map<Policy, String> configured, Map<Policy, String> set) {
        return assertThrows(PolicyRefusal.class, () -> PolicyValues.of(configured, set, Clock.systemUTC()));
    }

    @Test
    void aRuleBetweenTwoSettingsNamesBothKeysAndTheirValues() {
        PolicyRefusal refusal = refusalOf(Map.of(Policy.LOGIN_MAX_FAILURES, "2"), Map.of());
        assertEquals("support.login.slowdown-seconds (5,15) must list fewer waits than support.login.max-failures (2)", refusal.rule());
        assertEquals(Policy.LOGIN_SLOWDOWN_SECONDS, refusal.policy());
        assertEquals(java.util.List.of("2", 2), refusal.arguments(), "the page's message gets the other field's value and the count");
    }

    @Test
    void theOtherRulesNameBothKeysToo() {
        assertEquals("support.calendar.closes (05:00) must be later than support.calendar.opens (06:00)",
                refusalOf(Map.of(Policy.CALENDAR_CLOSES, "05:00"), Map.of()).rule());
        assertEquals("support.inquiry.reminder-hours-before (80) must be less than support.inquiry.auto-close-hours (72)",
                refusalOf(Map.of(Policy.REMINDER_HOURS_BEFORE, "80"), Map.of()).rule());
        assertEquals("support.inquiry.response-hours (40) must be at least support.inquiry.usual-to-hours (48)",
                refusalOf(Map.of(), Map.of(Policy.RESPONSE_HOURS, "40")).rule());
    }

    @Test
    void aValueOfTheWrongKindNamesItsKeyWhatItMustBeAndWhatWasGiven() {
        assertEquals("support.calendar.opens must be a time of day as HH:mm, such as 06:00, not \"6am\"",
                refusalOf(Map.of(Policy.CALENDAR_OPENS, "6am"), Map.of()).rule());
        assertEquals("support.login.max-failures must be a whole number from " + Policy.LOGIN_MAX_FAILURES.min() + " to "
                        + Policy.LOGIN_MAX_FAILURES.max() + ", not \"many\" (as set at /staff/admin/policies)",
                refusalOf(Map.of(), Map.of(Policy.LOGIN_MAX_FAILURES, "many")).rule());
    }
}
