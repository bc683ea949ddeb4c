package io.supportcenter.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsFederalHolidaysTest {

    @Test
    void theElevenHolidaysOf2026OnTheirObservedDays() {
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 16),
                LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 19), LocalDate.of(2026, 7, 3), LocalDate.of(2026, 9, 7),
                LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 12, 25)), List.copyOf(UsFederalHolidays.of(2026)));
    }

    @Test
    void aSaturdayChristmasIsObservedOnFriday() {
        assertEquals(true, UsFederalHolidays.of(2027).contains(LocalDate.of(2027, 12, 24)));
    }
}
