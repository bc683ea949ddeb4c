package io.supportcenter.domain.contact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.policy.Policy;
import io.supportcenter.domain.policy.PolicyValues;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A phone line is closed on the business calendar's holidays, whatever its hours say. */
class ContactLineTest {

    private static final LineHours HOURS = LineHours.parse("Mon-Fri 06:00-17:00 America/Los_Angeles").orElseThrow();

    @Test
    void aHolidayClosesTheLineAllDayInItsOwnZone() {
        ContactLine line = new ContactLine("1-800-555-0100", HOURS, Set.of(LocalDate.parse("2026-11-26")));
        assertFalse(line.isOpen(Instant.parse("2026-11-26T18:00:00Z")), "Thanksgiving, 10:00 in Los Angeles");
        assertTrue(line.isHoliday(Instant.parse("2026-11-26T18:00:00Z")));
        assertTrue(line.isOpen(Instant.parse("2026-11-24T18:00:00Z")), "the Tuesday before, 10:00 there");
        assertTrue(line.isOpen(Instant.parse("2026-11-26T00:30:00Z")), "Wednesday 16:30 there, already Thursday in UTC: not the holiday");
    }

    @Test
    void thePoliciesGiveBothLinesTheCalendarsHolidays() {
        PolicyValues values = PolicyValues.of(Map.of(Policy.CALENDAR_HOLIDAYS, "2026-12-24,2026-12-31"));
        Instant christmasEve = Instant.parse("2026-12-24T18:00:00Z");
        assertFalse(values.clientSupportLine().isOpen(christmasEve), "a Thursday, 10:00 in Los Angeles, listed as a holiday");
        assertFalse(values.salesLine().isOpen(christmasEve));
        assertTrue(values.clientSupportLine().isOpen(Instant.parse("2026-12-22T18:00:00Z")), "the Tuesday before");
    }
}
