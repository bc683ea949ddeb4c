package io.supportcenter.domain.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A line's hours as operators write them, and whether it is open, in its own time zone. */
class LineHoursTest {

    private static final LineHours CLIENT_SUPPORT = LineHours.parse("Mon-Fri 06:00-17:00 America/Los_Angeles").orElseThrow();

    @Test
    void openIsDecidedInTheLinesOwnZone() {
        assertTrue(CLIENT_SUPPORT.isOpen(Instant.parse("2026-11-23T14:00:00Z")), "Monday 06:00 in Los Angeles");
        assertFalse(CLIENT_SUPPORT.isOpen(Instant.parse("2026-11-23T13:59:00Z")), "05:59 there");
        assertFalse(CLIENT_SUPPORT.isOpen(Instant.parse("2026-11-24T01:00:00Z")), "Monday 17:00 there: closed");
        assertTrue(CLIENT_SUPPORT.isOpen(Instant.parse("2026-11-24T00:59:00Z")), "Monday 16:59 there, already Tuesday in UTC");
        assertFalse(CLIENT_SUPPORT.isOpen(Instant.parse("2026-11-28T18:00:00Z")), "Saturday");
        assertTrue(CLIENT_SUPPORT.isOpen(Instant.parse("2026-07-06T13:00:00Z")), "06:00 daylight time in July");
    }

    @Test
    void daysAreARangeOrAListAndTheWrittenFormIsCanonical() {
        assertEquals("Mon-Fri 06:00-17:00 America/Los_Angeles", LineHours.parse(" mon - FRI 6:00-17:00  America/Los_Angeles ").orElseThrow().written());
        assertEquals("Mon,Wed,Fri 09:00-12:30 Europe/London", LineHours.parse("Mon,Wed,Fri 09:00-12:30 Europe/London").orElseThrow().written());
        assertEquals("Sat,Sun 10:00-14:00 Europe/Berlin", LineHours.parse("Sat-Sun 10:00-14:00 Europe/Berlin").orElseThrow().written());
        assertTrue(LineHours.parse("Mon-Fri 17:00-06:00 America/Los_Angeles").isEmpty(), "must open before it closes");
        assertTrue(LineHours.parse("Fri-Mon 06:00-17:00 America/Los_Angeles").isEmpty(), "ranges run Monday to Sunday");
        assertTrue(LineHours.parse("Mon-Fri 06:00-17:00 Pacific").isEmpty(), "not a zone");
        assertTrue(LineHours.parse("weekdays 6am-5pm").isEmpty());
    }
}
