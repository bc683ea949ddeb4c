package io.supportcenter.web.auth;

import io.supportcenter.domain.account.MemberProfile;
import io.supportcenter.domain.account.MemberProfileService;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffProfile;
import io.supportcenter.domain.staff.StaffProfileService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The signed-in member or staff user, as the pages show them; loaded once per request. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    MemberProfileService memberProfiles;

    @Inject
    StaffProfileService staffProfiles;

    private Optional<MemberProfile> member;
    private Optional<StaffProfile> staff;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public boolean isMember() {
        return member().isPresent();
    }

    public boolean isStaff() {
        return staffUser().isPresent();
    }

    /** Given by SessionGuard, which has just read the profile with the session check. */
    public void signedInAs(MemberProfile profile) {
        member = Optional.of(profile);
    }

    public Optional<MemberProfile> member() {
        if (member == null) {
            member = idAfter(Roles.MEMBER_PREFIX).flatMap(memberProfiles::find);
        }
        return member;
    }

    /** Given by SessionGuard, which has just read the profile with the session check. */
    public void signedInAs(StaffProfile profile) {
        staff = Optional.of(profile);
    }

    public Optional<StaffProfile> staffUser() {
        if (staff == null) {
            staff = idAfter(Roles.STAFF_PREFIX).flatMap(staffProfiles::find);
        }
        return staff;
    }

    /** The signed-in staff user's id; anyone else is refused as not being staff. */
    public long staffId() {
        return staffUser().map(StaffProfile::staffId).orElseThrow(() -> new BusinessException("inquiry.staff-only"));
    }

    public MemberProfile getMemberProfile() {
        return member().orElse(null);
    }

    public String getDisplayName() {
        return member().map(MemberProfile::name).or(() -> staffUser().map(StaffProfile::name)).orElse("");
    }

    private Optional<Long> idAfter(String prefix) {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null || !principal.getName().startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(principal.getName().substring(prefix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
