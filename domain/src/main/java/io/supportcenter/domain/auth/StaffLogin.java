package io.supportcenter.domain.auth;

import io.supportcenter.domain.staff.StaffRole;
import java.util.Set;

/** The result of checking a staff user's credentials. */
public record StaffLogin(LoginOutcome outcome, Long staffId, Set<StaffRole> roles) {

    static StaffLogin invalid() {
        return new StaffLogin(LoginOutcome.INVALID_CREDENTIALS, null, Set.of());
    }
}
