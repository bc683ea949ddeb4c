package io.supportcenter.domain.auth;

/** What Login Help did with a request; the page decides how much of it to tell (config). */
public enum LoginHelpOutcome {
    /** A system password or reset link is on its way. */
    SENT,
    /** No user of an active account has this address. */
    UNKNOWN_ADDRESS,
    /** Too many requests for this address or from this client in the last hour. */
    THROTTLED
}
