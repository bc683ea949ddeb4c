package io.supportcenter.web.auth;

import io.supportcenter.domain.account.MemberProfile;
import io.supportcenter.domain.account.MemberProfileService;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffProfile;
import io.supportcenter.domain.staff.StaffProfileService;
import io.supportcenter.web.shell.ForwardedHeaders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The signed-in member or staff user, as the pages show them, and the {@link Caller} every use case is
 * given: loaded once per request (by SessionGuard, with the session check, or here on first use). The principal is the
 * request's: Jakarta Security's {@code SecurityContext} fails on Payara 7 inside an error page's dispatch (a 404 from a
 * servlet), where the layout still asks who is signed in.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    MemberProfileService memberProfiles;

    @Inject
    StaffProfileService staffProfiles;

    @Inject
    HttpServletRequest request;

    private Optional<MemberProfile> member;
    private Optional<StaffProfile> staff;
    private Caller caller;

    /**
     * Who is calling, with the client's address (the connection's peer, or behind a proxy of {@code support.proxy.trusted}
     * the visitor's: {@link ForwardedHeaders}).
     */
    public Caller caller() {
        if (caller == null) {
            String address = ForwardedHeaders.clientAddress(request);
            caller = member().<Caller>map(profile -> new Caller.Member(profile.userId(), profile.accountId(), address))
                    .or(() -> staffUser().map(profile -> new Caller.Staff(profile.staffId(), profile.roles(), address)))
                    .orElseGet(() -> new Caller.Anonymous(address));
        }
        return caller;
    }

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public boolean isMember() {
        return member().isPresent();
    }

    public boolean isStaff() {
        return staffUser().isPresent();
    }

    /**
     * Whether the signed-in staff user holds this role ({@code EDITOR}, {@code SUPERVISOR}, {@code ADMIN}, …) as
     * SessionGuard has just read it, for the navigation. Not the container's {@code isUserInRole}: on Payara 7 it fails
     * outside the request's own dispatch (a forwarded clean address, an error page).
     */
    public boolean hasStaffRole(String role) {
        return caller() instanceof Caller.Staff staff && staff.roles().stream().anyMatch(held -> held.name().equals(role));
    }

    /** The signed-in member as a caller; anyone else is refused as not being one. */
    public Caller.Member memberCaller() {
        if (caller() instanceof Caller.Member member) {
            return member;
        }
        throw new BusinessException("account.user.not-found");
    }

    /** Given by SessionGuard, which has just read the profile with the session check. */
    public void signedInAs(MemberProfile profile) {
        member = Optional.of(profile);
        caller = null;
    }

    public Optional<MemberProfile> member() {
        if (member == null) {
            member = onErrorPage() ? Optional.empty() : Roles.memberId(request.getUserPrincipal()).flatMap(memberProfiles::find);
        }
        return member;
    }

    /** Given by SessionGuard, which has just read the profile with the session check. */
    public void signedInAs(StaffProfile profile) {
        staff = Optional.of(profile);
        caller = null;
    }

    public Optional<StaffProfile> staffUser() {
        if (staff == null) {
            staff = onErrorPage() ? Optional.empty() : Roles.staffId(request.getUserPrincipal()).flatMap(staffProfiles::find);
        }
        return staff;
    }

    /**
     * Whether an error page is rendering for a request SessionGuard did not admit (its check failed, often because the
     * database is away): the page then shows nobody signed in rather than reading the profile again, which would fail
     * the same way and leave the visitor a bare 500 instead of the error page. A request SessionGuard admitted (a 404
     * for a signed-in member) has its profile already.
     */
    private boolean onErrorPage() {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
    }

    /** The signed-in staff user as a caller; anyone else is refused as not being staff. */
    public Caller.Staff staffCaller() {
        if (caller() instanceof Caller.Staff staff) {
            return staff;
        }
        throw new BusinessException("inquiry.staff-only");
    }

    public MemberProfile getMemberProfile() {
        return member().orElse(null);
    }

    public String getDisplayName() {
        return member().map(MemberProfile::name).or(() -> staffUser().map(StaffProfile::name)).orElse("");
    }
}
