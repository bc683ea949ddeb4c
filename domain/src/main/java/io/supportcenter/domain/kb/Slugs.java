package io.supportcenter.domain.kb;

import io.supportcenter.domain.shared.BusinessException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable, stable keys for addresses such as {@code /support/topics/reset-your-password}. */
public final class Slugs {

    private static final Pattern VALID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private Slugs() {
    }

    public static String require(String slug) {
        if (slug == null || slug.length() > 80 || !VALID.matcher(slug).matches()) {
            throw new BusinessException("kb.slug.invalid");
        }
        return slug;
    }

    /** A slug made from a title: lower case, accents dropped, words joined by dashes. */
    public static String fromTitle(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "topic" : slug;
    }
}
