package io.supportcenter.web.shell;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date from a page's address ({@code 2026-11-22}); a wrong one is explained next to the field that shows it. */
public final class DateParameter {

    private DateParameter() {
    }

    /** The date, or null when the parameter is absent or wrong (then with a message for {@code fieldId}). */
    public static LocalDate parse(String parameter, String fieldId) {
        if (parameter == null || parameter.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(parameter.trim());
        } catch (DateTimeParseException e) {
            Texts.error(fieldId, "date.not-a-date");
            return null;
        }
    }
}
