package io.supportcenter.web.auth;

import io.supportcenter.domain.auth.LoginOutcome;
import io.supportcenter.domain.auth.MemberAuthenticationService;
import io.supportcenter.domain.auth.MemberLogin;
import io.supportcenter.domain.auth.StaffAuthenticationService;
import io.supportcenter.domain.auth.StaffLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * One mechanism for both realms. A login page hands over a {@link MemberCredential} or a
 * {@link StaffCredential}; the matching domain service checks it. A protected page asked for without
 * a login sends the browser to the login page of its realm and remembers where it wanted to go.
 * The caller then stays in the HTTP session as a {@link SignedInCaller} (replicated across the
 * cluster) and is handed to the container again on every request.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute telling the login page why a login failed ({@link LoginOutcome}). */
    public static final String OUTCOME = "io.supportcenter.login.outcome";
    /** Session attribute holding the page asked for before login (a path of this application). */
    public static final String RETURN_TO = "io.supportcenter.login.returnTo";
    /** Request attribute set when the member logged in with a system password and must choose one now. */
    public static final String MUST_CHANGE_PASSWORD = "io.supportcenter.login.mustChangePassword";

    @Inject
    MemberAuthenticationService members;

    @Inject
    StaffAuthenticationService staff;

    @Inject
    MetricRegistry metrics;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof MemberCredential member) {
            return loginMember(request, context, member);
        }
        if (credential instanceof StaffCredential staffCredential) {
            return loginStaff(request, context, staffCredential);
        }
        Optional<SignedInCaller> signedIn = SignedInCaller.of(request.getSession(false));
        if (signedIn.isPresent()) {
            return context.notifyContainerAboutLogin(new CallerPrincipal(signedIn.get().name()), signedIn.get().groups());
        }
        if (context.isProtected()) {
            rememberTarget(request);
            String path = request.getServletPath();
            return context.redirect(request.getContextPath() + (path.startsWith("/staff") ? "/staff/login" : "/login"));
        }
        return context.doNothing();
    }

    private AuthenticationStatus loginMember(HttpServletRequest request, HttpMessageContext context, MemberCredential credential) {
        MemberLogin login = members.authenticate(credential.getCaller(), password(credential), Clients.actor(request));
        count("member", login.outcome());
        if (!login.outcome().succeeded()) {
            request.setAttribute(OUTCOME, login.outcome());
            return AuthenticationStatus.SEND_FAILURE;
        }
        renewSessionId(request);
        SessionGuard.admitted(request.getSession(), login.credentialsVersion());
        if (login.mustChangePassword()) {
            request.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
        }
        return signIn(request, context, new SignedInCaller(Roles.MEMBER_PREFIX + login.userId(), Set.of(Roles.MEMBER)));
    }

    private AuthenticationStatus loginStaff(HttpServletRequest request, HttpMessageContext context, StaffCredential credential) {
        StaffLogin login = staff.authenticate(credential.getCaller(), password(credential), Clients.actor(request));
        count("staff", login.outcome());
        if (!login.outcome().succeeded()) {
            request.setAttribute(OUTCOME, login.outcome());
            return AuthenticationStatus.SEND_FAILURE;
        }
        renewSessionId(request);
        return signIn(request, context, new SignedInCaller(Roles.STAFF_PREFIX + login.staffId(), Roles.forStaff(login.roles())));
    }

    private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, SignedInCaller caller) {
        caller.keepIn(request.getSession());
        return context.notifyContainerAboutLogin(new CallerPrincipal(caller.name()), caller.groups());
    }

    private static char[] password(UsernamePasswordCredential credential) {
        return credential.getPassword().getValue();
    }

    /** A new session id at login, so that a session id planted before login is worthless after it. */
    private static void renewSessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        }
    }

    private static void rememberTarget(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        request.getSession().setAttribute(RETURN_TO, target);
    }

    private void count(String realm, LoginOutcome outcome) {
        metrics.counter("support_login_attempts", new Tag("realm", realm), new Tag("outcome", outcome.name().toLowerCase())).inc();
    }
}
