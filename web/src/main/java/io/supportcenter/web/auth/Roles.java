package io.supportcenter.web.auth;

import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.identity.UserId;
import java.security.Principal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The container roles (web.xml), how signed-in users get them, and their principal's name
 * ({@code member:12}, {@code staff:3}): made and read here only.
 */
public final class Roles {

    public static final String MEMBER = "MEMBER";
    public static final String STAFF = "STAFF";

    private static final String MEMBER_PREFIX = "member:";
    private static final String STAFF_PREFIX = "staff:";

    private Roles() {
    }

    static String memberName(UserId userId) {
        return MEMBER_PREFIX + userId.value();
    }

    static String staffName(StaffId staffId) {
        return STAFF_PREFIX + staffId.value();
    }

    /** The member's user id a principal names, if it names one. */
    static Optional<UserId> memberId(Principal principal) {
        return idAfter(MEMBER_PREFIX, principal).map(UserId::new);
    }

    /** The staff user's id a principal names, if it names one. */
    static Optional<StaffId> staffId(Principal principal) {
        return idAfter(STAFF_PREFIX, principal).map(StaffId::new);
    }

    private static Optional<Long> idAfter(String prefix, Principal principal) {
        if (principal == null || !principal.getName().startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(principal.getName().substring(prefix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Set<String> forStaff(Set<StaffRole> staffRoles) {
        Set<String> groups = new HashSet<>();
        groups.add(STAFF);
        staffRoles.forEach(role -> groups.add(role.name()));
        return groups;
    }
}
