package io.supportcenter.domain.shared;

import java.util.regex.Pattern;

/**
 * What passes for a phone number people can dial: digits with the usual separators and an optional
 * leading +, at least six digits; where people type their own number, an extension may follow
 * ("+1 (877) 777-3272 x12").
 */
public final class PhoneNumber {

    private static final String NUMBER = "\\+?[0-9 ()./-]{6,30}";
    private static final Pattern PLAIN = Pattern.compile(NUMBER);
    private static final Pattern WITH_EXTENSION = Pattern.compile(NUMBER + "(\\s*(x|ext\\.?)\\s*[0-9]{1,6})?", Pattern.CASE_INSENSITIVE);
    private static final int MIN_DIGITS = 6;

    private PhoneNumber() {
    }

    /** A line's number, as the portal shows it. */
    public static boolean isPlausible(String text) {
        return PLAIN.matcher(text).matches() && digits(text) >= MIN_DIGITS;
    }

    /** A number someone gives to be called back on, perhaps with an extension. */
    public static boolean isPlausibleWithExtension(String text) {
        return WITH_EXTENSION.matcher(text).matches() && digits(text) >= MIN_DIGITS;
    }

    private static long digits(String text) {
        return text.chars().filter(Character::isDigit).count();
    }
}
