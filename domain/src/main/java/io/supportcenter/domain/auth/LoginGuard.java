package io.supportcenter.domain.auth;

import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.audit.AuditLog;
import io.supportcenter.domain.shared.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Counts failed logins per address and realm and locks an address that fails too often, the same
 * for known and unknown addresses. Runs inside the login's transaction.
 */
@ApplicationScoped
public class LoginGuard {

    private LoginThrottleRepository throttles;
    private AuditLog audit;
    private Supplier<AuthPolicy> policy;
    private Clock clock;

    protected LoginGuard() {
        // for CDI proxies
    }

    @Inject
    public LoginGuard(LoginThrottleRepository throttles, AuditLog audit, Supplier<AuthPolicy> policy, Clock clock) {
        this.throttles = throttles;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /** The realm of members' logins (staff count theirs apart). */
    public static final String MEMBER_REALM = "member";

    /** The counter of a member's address. */
    public static String memberKey(String email) {
        return key(MEMBER_REALM, email);
    }

    public static String key(String realm, String email) {
        return realm + ":" + EmailAddress.normalise(email);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isLocked(String key) {
        Instant now = clock.instant();
        return throttles.findForUpdate(key).map(throttle -> throttle.isLocked(now)).orElse(false);
    }

    /** Whether the address is locked now, read without taking the counter's lock (for display). */
    public boolean isLockedNow(String key) {
        Instant now = clock.instant();
        return throttles.find(key).map(throttle -> throttle.isLocked(now)).orElse(false);
    }

    /** @return the outcome to report: a failure that starts a lock reports the lock */
    @Transactional(Transactional.TxType.MANDATORY)
    public LoginOutcome failed(String key, Actor actor) {
        LoginThrottle throttle = throttles.findForUpdate(key).orElseGet(() -> {
            LoginThrottle created = new LoginThrottle(key);
            throttles.add(created);
            return created;
        });
        Duration wait = throttle.recordFailure(clock.instant(), policy.get().lock());
        audit.record(AuditAction.LOGIN_FAILED, actor, key, "failures=" + throttle.getFailures());
        if (throttle.getFailures() >= policy.get().lock().maxFailures()) {
            audit.record(AuditAction.LOGIN_LOCKED, actor, key, "locked for " + wait.toSeconds() + " s");
            return LoginOutcome.LOCKED;
        }
        return LoginOutcome.INVALID_CREDENTIALS;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void succeeded(String key) {
        throttles.findForUpdate(key).ifPresent(LoginThrottle::clear);
    }

    /** Staff can clear a lock (SPEC §3). */
    @Transactional
    public void clear(String key, Actor actor) {
        throttles.findForUpdate(key).ifPresent(LoginThrottle::clear);
        audit.record(AuditAction.LOGIN_LOCK_CLEARED, actor, key, null);
    }
}
