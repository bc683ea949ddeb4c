package io.supportcenter.domain.identity;

import java.io.Serializable;

/** A member's user, by its key: what a page or a link names when it means one user of an account. */
public record UserId(long value) implements Serializable {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
