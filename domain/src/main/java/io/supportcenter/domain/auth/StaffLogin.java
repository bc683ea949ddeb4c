package io.supportcenter.domain.auth;

import io.supportcenter.domain.staff.StaffRole;
import java.util.Set;

/** The result of checking a staff user's credentials. */
public record StaffLogin(LoginOutcome outcome, Long staffId, Set<StaffRole> roles) {

    static StaffLogin failed(LoginOutcome outcome) {
        return new StaffLogin(outcome, null, Set.of());
    }
}
