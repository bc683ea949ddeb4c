package io.supportcenter.domain.auth;

/**
 * Why a login succeeded or not. Everything but {@link #INVALID_CREDENTIALS} is only ever reported
 * after the password was verified, so a stranger learns nothing about an address.
 */
public enum LoginOutcome {
    SUCCESS,
    INVALID_CREDENTIALS,
    USER_DISABLED,
    ACCOUNT_DEACTIVATED;

    public boolean succeeded() {
        return this == SUCCESS;
    }
}
