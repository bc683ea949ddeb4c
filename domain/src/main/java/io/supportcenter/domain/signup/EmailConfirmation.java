package io.supportcenter.domain.signup;

import java.io.Serializable;

/** What a confirmation link found. */
public record EmailConfirmation(State state, String email) implements Serializable {

    static final EmailConfirmation UNKNOWN = new EmailConfirmation(State.UNKNOWN, null);

    /** Where a confirmation link stands. */
    public enum State {
        /** No such link, or it was used or replaced. */
        UNKNOWN,
        /** Too old: logging in with the password sends a new one. */
        EXPIRED,
        /** The address is confirmed now; the user may log in. */
        CONFIRMED
    }
}
