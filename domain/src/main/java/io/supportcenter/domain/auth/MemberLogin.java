package io.supportcenter.domain.auth;

import io.supportcenter.domain.account.AccountStatus;

/** The result of checking a member's credentials. */
public record MemberLogin(LoginOutcome outcome, Long userId, AccountStatus accountStatus) {

    static MemberLogin invalid() {
        return new MemberLogin(LoginOutcome.INVALID_CREDENTIALS, null, null);
    }
}
