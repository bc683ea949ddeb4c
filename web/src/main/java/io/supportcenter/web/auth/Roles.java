package io.supportcenter.web.auth;

import io.supportcenter.domain.identity.StaffRole;
import java.util.HashSet;
import java.util.Set;

/** The container roles (web.xml) and how signed-in users get them. */
public final class Roles {

    public static final String MEMBER = "MEMBER";
    public static final String STAFF = "STAFF";

    static final String MEMBER_PREFIX = "member:";
    static final String STAFF_PREFIX = "staff:";

    private Roles() {
    }

    static Set<String> forStaff(Set<StaffRole> staffRoles) {
        Set<String> groups = new HashSet<>();
        groups.add(STAFF);
        staffRoles.forEach(role -> groups.add(role.name()));
        return groups;
    }
}
