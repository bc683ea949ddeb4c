package io.supportcenter.web.auth;

import io.supportcenter.domain.auth.LoginOutcome;
import io.supportcenter.domain.auth.MemberAuthenticationService;
import io.supportcenter.domain.auth.MemberLogin;
import io.supportcenter.domain.auth.SecondStep;
import io.supportcenter.domain.auth.StaffAuthenticationService;
import io.supportcenter.domain.auth.StaffLogin;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.policy.Policy;
import io.supportcenter.web.health.PortalMetrics;
import io.supportcenter.web.shell.ForwardedHeaders;
import io.supportcenter.web.shell.RelativeRedirects;
import io.supportcenter.web.shell.TrustedProxies;
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
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.metrics.Tag;

/**
 * One mechanism for both realms. A login page hands over a {@link MemberCredential} or a
 * {@link StaffCredential}; the matching domain service checks it. A protected page asked for without
 * a login sends the browser to the login page of its realm and remembers where it wanted to go.
 * Each attempt ends in one {@link LoginResult} (the outcome and what the person must do next), which the
 * login page reads or, for a step with a page of its own, the browser is sent to at once.
 * The caller then stays in the HTTP session as a {@link SignedInCaller} (replicated across the
 * cluster) and is handed to the container again on every request.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Duration SECOND_STEP_TIME = Duration.ofMinutes(10);

    @Inject
    TrustedProxies trustedProxies;

    @Inject
    MemberAuthenticationService members;

    @Inject
    StaffAuthenticationService staff;

    @Inject
    PortalMetrics metrics;

    @Inject
    Clock clock;

    @Inject
    Policies policies;

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
        if (credential instanceof SecondFactorCredential code) {
            return secondStep(request, context, code);
        }
        if (credential instanceof ReactivatedCredential) {
            return afterReactivation(request, context);
        }
        Optional<SignedInCaller> signedIn = SignedInCaller.of(sessionFromCookie(request));
        if (signedIn.isPresent()) {
            return context.notifyContainerAboutLogin(new CallerPrincipal(signedIn.get().name()), signedIn.get().groups());
        }
        if (context.isProtected()) {
            // The mechanism runs before the filters: the forwarded headers are read here too (https decides Secure).
            ReturnTo.remember(trustedProxies.view(request), response);
            String path = request.getServletPath();
            return redirect(response, request.getContextPath() + (path.startsWith("/staff") ? "/staff/login" : "/login"));
        }
        return context.doNothing();
    }

    private AuthenticationStatus loginMember(HttpServletRequest request, HttpMessageContext context, MemberCredential credential) {
        MemberLogin login = members.authenticate(credential.getCaller(), password(credential), credential.personCheck(),
                signingIn(request));
        count("member", login.outcome());
        if (login.outcome() == LoginOutcome.ACCOUNT_DEACTIVATED) {
            // The password was right: the account-status page may now say what happened and what can be done.
            renewSessionId(request);
            new PasswordChecked(login.userId(), clock.instant().plus(SECOND_STEP_TIME), PasswordChecked.Purpose.REACTIVATION)
                    .keepIn(request.getSession());
            return redirect(request, context, new LoginResult(login.outcome(), LoginResult.Next.SEE_ACCOUNT_STATUS));
        }
        if (login.outcome() == LoginOutcome.EMAIL_NOT_CONFIRMED) {
            // The password was right: the login page may offer to send the confirmation link again.
            renewSessionId(request);
            new PasswordChecked(login.userId(), clock.instant().plus(SECOND_STEP_TIME), PasswordChecked.Purpose.EMAIL_CONFIRMATION)
                    .keepIn(request.getSession());
        }
        if (!login.outcome().succeeded()) {
            return fail(request, login.outcome());
        }
        renewSessionId(request);
        PasswordChecked.clear(request.getSession(), PasswordChecked.Purpose.EMAIL_CONFIRMATION);
        SessionGuard.admitted(request.getSession(), login.credentialsVersion());
        return signIn(request, context, new SignedInCaller(Roles.memberName(login.userId()), Set.of(Roles.MEMBER)),
                login.mustChangePassword() ? LoginResult.Next.CHANGE_PASSWORD : LoginResult.Next.CONTINUE);
    }

    private AuthenticationStatus afterReactivation(HttpServletRequest request, HttpMessageContext context) {
        Optional<PasswordChecked> pending = PasswordChecked.of(sessionFromCookie(request), PasswordChecked.Purpose.REACTIVATION,
                clock.instant());
        if (pending.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        MemberLogin login = members.admitReactivated(pending.get().userId(), signingIn(request));
        if (!login.outcome().succeeded()) {
            return fail(request, login.outcome());
        }
        PasswordChecked.clear(request.getSession(false), PasswordChecked.Purpose.REACTIVATION);
        renewSessionId(request);
        SessionGuard.admitted(request.getSession(), login.credentialsVersion());
        return signIn(request, context, new SignedInCaller(Roles.memberName(login.userId()), Set.of(Roles.MEMBER)),
                LoginResult.Next.CONTINUE);
    }

    private AuthenticationStatus loginStaff(HttpServletRequest request, HttpMessageContext context, StaffCredential credential) {
        StaffLogin login = staff.authenticate(credential.getCaller(), password(credential), credential.personCheck(),
                signingIn(request));
        count("staff", login.outcome());
        if (!login.outcome().succeeded()) {
            return fail(request, login.outcome());
        }
        renewSessionId(request);
        if (login.next() != SecondStep.NONE) {
            String secret = login.next() == SecondStep.ENROL ? staff.newSecret() : null;
            new PendingSecondFactor(login.staffId(), credential.getCaller(), login.roles(), login.next(), secret,
                    clock.instant().plus(SECOND_STEP_TIME)).keepIn(request.getSession());
            return redirect(request, context, new LoginResult(login.outcome(),
                    login.next() == SecondStep.CODE ? LoginResult.Next.GIVE_CODE : LoginResult.Next.SET_UP_AUTHENTICATOR));
        }
        return signInStaff(request, context, login.staffId(), LoginResult.Next.CONTINUE);
    }

    /**
     * The code after the password: checked against the authenticator (or the recovery codes), or,
     * while setting up, confirming the new secret (the recovery codes made then are shown once).
     */
    private AuthenticationStatus secondStep(HttpServletRequest request, HttpMessageContext context, SecondFactorCredential code) {
        Optional<PendingSecondFactor> found = PendingSecondFactor.of(sessionFromCookie(request), clock.instant());
        if (found.isEmpty()) {
            return fail(request, LoginOutcome.SECOND_STEP_EXPIRED);
        }
        PendingSecondFactor pending = found.get();
        LoginResult.Next next = LoginResult.Next.CONTINUE;
        if (pending.step() == SecondStep.ENROL) {
            Optional<List<String>> recoveryCodes = staff.enrol(pending.staffId(), pending.newSecret(), code.code(), signingIn(request));
            count("staff-enrol", recoveryCodes.isPresent() ? LoginOutcome.SUCCESS : LoginOutcome.INVALID_CREDENTIALS);
            if (recoveryCodes.isEmpty()) {
                return fail(request, LoginOutcome.INVALID_CREDENTIALS);
            }
            new NewRecoveryCodes(recoveryCodes.get()).keepIn(request.getSession());
            next = LoginResult.Next.NOTE_RECOVERY_CODES;
        } else {
            StaffLogin login = staff.verifySecondFactor(pending.staffId(), code.code(), signingIn(request));
            count("staff-code", login.outcome());
            if (!login.outcome().succeeded()) {
                if (login.outcome() == LoginOutcome.LOCKED) {
                    PendingSecondFactor.clear(request.getSession(false));
                }
                return fail(request, login.outcome());
            }
        }
        PendingSecondFactor.clear(request.getSession(false));
        renewSessionId(request);
        return signInStaff(request, context, pending.staffId(), next);
    }

    /**
     * Staff sessions idle out sooner than members' ({@code support.staff.idle-minutes}). The roles are
     * read again here: an admin may have changed them while the second step was on screen.
     */
    private AuthenticationStatus signInStaff(HttpServletRequest request, HttpMessageContext context, StaffId staffId,
                                             LoginResult.Next next) {
        Optional<StaffAuthenticationService.StaffSession> session = staff.sessionFor(staffId);
        if (session.isEmpty()) {
            return context.responseUnauthorized();
        }
        request.getSession().setMaxInactiveInterval(policies.now().number(Policy.STAFF_IDLE_MINUTES) * 60);
        SessionGuard.admittedStaff(request.getSession(), session.get().credentialsVersion());
        return signIn(request, context, new SignedInCaller(Roles.staffName(staffId), Roles.forStaff(session.get().roles())), next);
    }

    private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, SignedInCaller caller,
                                               LoginResult.Next next) {
        caller.keepIn(request.getSession());
        new LoginResult(LoginOutcome.SUCCESS, next).keepIn(request);
        return context.notifyContainerAboutLogin(new CallerPrincipal(caller.name()), caller.groups());
    }

    private static AuthenticationStatus fail(HttpServletRequest request, LoginOutcome outcome) {
        LoginResult.failed(outcome).keepIn(request);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static char[] password(UsernamePasswordCredential credential) {
        return credential.getPassword().getValue();
    }

    /**
     * The session named by the session cookie, never one named in the address ({@code ;jsessionid=}): such an
     * id leaks through links, logs and Referer headers, and the server accepts it although web.xml says cookies.
     */
    static HttpSession sessionFromCookie(HttpServletRequest request) {
        return request.isRequestedSessionIdFromURL() && !request.isRequestedSessionIdFromCookie() ? null : request.getSession(false);
    }

    /** A new session id at login, so that a session id planted before login is worthless after it. */
    private static void renewSessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        }
    }

    /** A step of the login that has a page of its own: the browser goes there at once. */
    private static AuthenticationStatus redirect(HttpServletRequest request, HttpMessageContext context, LoginResult result) {
        result.keepIn(request);
        return redirect(context.getResponse(), request.getContextPath() + result.next().page().orElseThrow());
    }

    /** The login's redirects name the path only, never the Host the request claimed ({@link RelativeRedirects}). */
    private static AuthenticationStatus redirect(HttpServletResponse response, String path) {
        try {
            RelativeRedirects.send(response, path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private void count(String realm, LoginOutcome outcome) {
        metrics.counter(PortalMetrics.Series.LOGIN_ATTEMPTS, new Tag("realm", realm), new Tag("outcome", outcome.name().toLowerCase())).inc();
    }

    /** Nobody is signed in while the mechanism signs someone in: the audit log names them by what they did. */
    private static Caller signingIn(HttpServletRequest request) {
        return new Caller.Anonymous(ForwardedHeaders.clientAddress(request));
    }
}
