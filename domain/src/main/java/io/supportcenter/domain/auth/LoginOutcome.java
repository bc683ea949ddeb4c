package io.supportcenter.domain.auth;

/**
 * Why a login succeeded or not. {@link #INVALID_CREDENTIALS} and {@link #LOCKED} are given for known
 * and unknown addresses alike; every other failure is only reported after the right password (or
 * system password) was given, so a stranger learns nothing about an address.
 */
public enum LoginOutcome {
    SUCCESS,
    INVALID_CREDENTIALS,
    /** This client failed too often for this address and waits. */
    LOCKED,
    /** The address failed too often from anywhere: a person check must be solved with the password. */
    PERSON_CHECK_NEEDED,
    USER_DISABLED,
    ACCOUNT_DEACTIVATED,
    /** Signed up, but the emailed link that confirms the address was not opened yet. */
    EMAIL_NOT_CONFIRMED,
    ONE_TIME_PASSWORD_EXPIRED,
    ONE_TIME_PASSWORD_USED,
    /** The second step of a staff sign-in came too late (or without the first): start again. */
    SECOND_STEP_EXPIRED;

    public boolean succeeded() {
        return this == SUCCESS;
    }
}
