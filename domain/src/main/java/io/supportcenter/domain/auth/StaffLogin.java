package io.supportcenter.domain.auth;

import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.identity.StaffRole;
import java.util.Set;

/**
 * The result of checking a staff user's credentials; after the right password, {@code next} says
 * whether a second factor is still wanted before the user is signed in.
 */
public record StaffLogin(LoginOutcome outcome, StaffId staffId, Set<StaffRole> roles, SecondStep next) {

    static StaffLogin failed(LoginOutcome outcome) {
        return new StaffLogin(outcome, null, Set.of(), SecondStep.NONE);
    }
}
