package io.supportcenter.domain.identity;

import java.io.Serializable;

/** A staff user, by its key: whom an inquiry is assigned to, whose access an administrator changes. */
public record StaffId(long value) implements Serializable {

    /** Whether {@code key} (an assignee, a viewer; null for nobody) is this staff user. */
    public boolean is(Long key) {
        return key != null && key == value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
