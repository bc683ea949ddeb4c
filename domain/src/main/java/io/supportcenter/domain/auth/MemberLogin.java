package io.supportcenter.domain.auth;

import io.supportcenter.domain.account.AccountStatus;
import io.supportcenter.domain.identity.UserId;

/**
 * The result of checking a member's credentials. On success, {@code credentialsVersion} goes into
 * the session (a later change of password or a disabled user ends it) and {@code mustChangePassword}
 * says the user logged in with a system password.
 */
public record MemberLogin(LoginOutcome outcome, UserId userId, AccountStatus accountStatus, int credentialsVersion,
                          boolean mustChangePassword) {

    static MemberLogin failed(LoginOutcome outcome) {
        return new MemberLogin(outcome, null, null, 0, false);
    }
}
