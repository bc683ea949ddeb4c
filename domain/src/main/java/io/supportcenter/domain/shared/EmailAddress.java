package io.supportcenter.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Email addresses are compared ignoring case and surrounding blanks; this is the one place that
 * decides the canonical form stored in the database (whose unique constraints then ignore case too).
 */
public final class EmailAddress {

    private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddress() {
    }

    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isPlausible(String email) {
        String normalised = normalise(email);
        return normalised.length() <= 254 && PLAUSIBLE.matcher(normalised).matches();
    }

    /** Normalises, refusing what cannot be an address. */
    public static String require(String email) {
        if (!isPlausible(email)) {
            throw new BusinessException("validation.email.invalid");
        }
        return normalise(email);
    }
}
