package io.supportcenter.web.auth;

import io.supportcenter.domain.account.MemberProfileService;
import io.supportcenter.domain.account.SignedInMember;
import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.identity.UserId;
import io.supportcenter.domain.staff.SignedInStaff;
import io.supportcenter.domain.staff.StaffProfileService;
import io.supportcenter.web.shell.RelativeRedirects;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.omnifaces.util.Servlets;

/**
 * Checks every request of a signed-in member or staff user against the database: a session whose
 * credentials version is older than the user's (password changed, user disabled, account
 * deactivated; for staff, roles changed or disabled) ends, on whichever node it lives; a member who
 * logged in with a system password can only reach the page that sets a new one.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String CHANGE_PASSWORD = "/account/password";
    public static final String STAFF_SIGN_IN = "/staff/login";
    private static final String VERSION = "io.supportcenter.member.credentialsVersion";
    private static final String STAFF_VERSION = "io.supportcenter.staff.credentialsVersion";

    @Inject
    MemberProfileService members;

    @Inject
    StaffProfileService staffProfiles;

    @Inject
    CurrentUser currentUser;

    /** Called at login and after the user's own password change, which must not end this session. */
    public static void admitted(HttpSession session, int credentialsVersion) {
        session.setAttribute(VERSION, credentialsVersion);
    }

    /** Called when a staff user's sign-in is complete. */
    public static void admittedStaff(HttpSession session, int credentialsVersion) {
        session.setAttribute(STAFF_VERSION, credentialsVersion);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (principal == null || path.startsWith("/jakarta.faces.resource/") || path.equals("/logout")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<StaffId> staffId = Roles.staffId(principal);
        if (staffId.isPresent()) {
            checkStaff(request, response, chain, staffId.get());
            return;
        }
        Optional<UserId> memberId = Roles.memberId(principal);
        if (memberId.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        UserId userId = memberId.get();
        HttpSession session = request.getSession(false);
        Object version = session == null ? null : session.getAttribute(VERSION);
        Optional<SignedInMember> member = members.signedIn(userId);
        if (member.isEmpty() || !member.get().mayUsePortal()
                || !Integer.valueOf(member.get().credentialsVersion()).equals(version)) {
            end(request, response, session, "/login?ended=true");
            return;
        }
        if (member.get().mustChangePassword() && !path.equals(CHANGE_PASSWORD)) {
            redirect(request, response, CHANGE_PASSWORD);
            return;
        }
        // The pages show the same profile: read once per request, here.
        currentUser.signedInAs(member.get().profile());
        chain.doFilter(request, response);
    }

    /** A staff session started before a change of roles or a disable ends; the user signs in again. */
    private void checkStaff(HttpServletRequest request, HttpServletResponse response, FilterChain chain, StaffId staffId)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Object version = session == null ? null : session.getAttribute(STAFF_VERSION);
        Optional<SignedInStaff> staff = staffProfiles.signedIn(staffId);
        if (staff.isEmpty() || !staff.get().enabled() || !Integer.valueOf(staff.get().credentialsVersion()).equals(version)) {
            end(request, response, session, STAFF_SIGN_IN + "?ended=true");
            return;
        }
        currentUser.signedInAs(staff.get().profile());
        chain.doFilter(request, response);
    }

    private static void end(HttpServletRequest request, HttpServletResponse response, HttpSession session, String signInPath)
            throws IOException, ServletException {
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        redirect(request, response, signInPath);
    }

    /** An Ajax request is told to go there with Faces' partial response; any other gets a 302 naming the path only. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String url = request.getContextPath() + path;
        if (Servlets.isFacesAjaxRequest(request)) {
            Servlets.facesRedirect(request, response, url);
            return;
        }
        RelativeRedirects.send(response, url);
    }
}
