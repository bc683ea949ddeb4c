package io.supportcenter.domain.identity;

import java.util.Objects;
import java.util.Set;

/**
 * Who calls a use case, typed once per request by the web tier (from the signed-in session, which the
 * session guard has just checked against the database) or by the job that runs it; the audit log
 * writes it down as {@link #auditName()} with the client's address. Authorisation never rests on it
 * alone: services still check the user or staff member they load.
 */
public sealed interface Caller {

    /** The client's address as the web tier saw it ({@code -} for the system). */
    String clientAddress();

    /** How the audit log names the caller: {@code member:12}, {@code staff:3}, {@code anonymous}, {@code system:dormancy}. */
    String auditName();

    /** A member's user, of this account. */
    record Member(UserId userId, AccountId accountId, String clientAddress) implements Caller {

        public Member {
            Objects.requireNonNull(userId);
            Objects.requireNonNull(accountId);
        }

        @Override
        public String auditName() {
            return "member:" + userId.value();
        }
    }

    /** A staff user, with the roles their session was signed in with. */
    record Staff(StaffId staffId, Set<StaffRole> roles, String clientAddress) implements Caller {

        public Staff {
            Objects.requireNonNull(staffId);
            roles = Set.copyOf(roles);
        }

        @Override
        public String auditName() {
            return "staff:" + staffId.value();
        }
    }

    /** Nobody signed in: a visitor, or someone logging in. */
    record Anonymous(String clientAddress) implements Caller {
        @Override
        public String auditName() {
            return "anonymous";
        }
    }

    /** The portal itself: a job, or the operator's configuration read at start ({@code name} says which). */
    record System(String name, String clientAddress) implements Caller {
        @Override
        public String auditName() {
            return name;
        }
    }
}
