package io.supportcenter.domain.inquiry;

import java.util.Objects;

/**
 * Who did something to an inquiry, as the record keeps it: a member user, a staff user, or the
 * system (the auto-close job). {@code reference} is {@code member:<id>}, {@code staff:<id>} or
 * {@code system}; the name is kept as it was at that time.
 */
public record Author(String reference, String name) {

    public static final Author SYSTEM = new Author("system", "Support Center");

    public Author {
        Objects.requireNonNull(reference);
        Objects.requireNonNull(name);
    }

    public static Author member(long userId, String name) {
        return new Author("member:" + userId, name);
    }

    public static Author staff(long staffId, String name) {
        return new Author("staff:" + staffId, name);
    }

    public boolean isStaff() {
        return reference.startsWith("staff:");
    }
}
