package io.supportcenter.domain.auth;

import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.shared.DomainEvent;
import io.supportcenter.domain.shared.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Slows down whoever guesses passwords, not the address they guess at. Failed logins are counted per address and
 * realm twice: per client, where too many lock that client out (waits doubling up to the longest lock), and across
 * all clients, where too many only ask every further login to that address to show that a person is trying (a
 * proof of work the browser solves in a second or two). So an attacker locks out their own clients, never the
 * owner, who logs in from elsewhere after ticking the check. Known and unknown addresses are counted alike. Runs
 * inside the login's transaction.
 */
@ApplicationScoped
public class LoginGuard {

    /** What a login attempt may do now. */
    public enum Gate {
        OPEN,
        /** This client failed too often for this address: no password is checked. */
        LOCKED,
        /** The address failed too often from anywhere: a password is checked only with a solved person check. */
        PERSON_CHECK_NEEDED
    }

    private LoginThrottleRepository throttles;
    private Event<DomainEvent> events;
    private Supplier<AuthPolicy> policy;
    private SpentChallenges spentChallenges;
    private Clock clock;

    protected LoginGuard() {
        // for CDI proxies
    }

    @Inject
    public LoginGuard(LoginThrottleRepository throttles, Event<DomainEvent> events, Supplier<AuthPolicy> policy, SpentChallenges spentChallenges,
                      Clock clock) {
        this.throttles = throttles;
        this.events = events;
        this.policy = policy;
        this.spentChallenges = spentChallenges;
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

    /** The counter of one client's attempts at the address of {@code key}. */
    static String clientKey(String key, Actor actor) {
        return key + "|" + (actor.clientAddress() == null ? "unknown" : actor.clientAddress());
    }

    /**
     * Whether a login to {@code key} from this client may check a password now. A person check solved for this form
     * opens the gate once ({@code check}, spent here so that one answer is not used for many guesses).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Gate gate(String key, Actor actor, Optional<PassedCheck> check) {
        Instant now = clock.instant();
        if (isLocked(key, actor)) {
            return Gate.LOCKED;
        }
        boolean asked = throttles.findForUpdate(key).map(throttle -> throttle.needsPersonCheck(now, policy.get().lock())).orElse(false);
        if (asked && (check.isEmpty() || !spentChallenges.spend(check.get().challenge(), check.get().expires(), now))) {
            return Gate.PERSON_CHECK_NEEDED;
        }
        return Gate.OPEN;
    }

    /** Whether this client is locked out of the address of {@code key} (for steps that need no person check). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isLocked(String key, Actor actor) {
        Instant now = clock.instant();
        return throttles.findForUpdate(clientKey(key, actor)).map(throttle -> throttle.isLocked(now)).orElse(false);
    }

    /** Whether the address is being guessed at now (logins to it need a person check), read without a lock, for display. */
    public boolean isLockedNow(String key) {
        Instant now = clock.instant();
        return throttles.find(key).map(throttle -> throttle.needsPersonCheck(now, policy.get().lock()) || throttle.isLocked(now))
                .orElse(false);
    }

    /** @return the outcome to report: a failure that locks this client out reports the lock */
    @Transactional(Transactional.TxType.MANDATORY)
    public LoginOutcome failed(String key, Actor actor) {
        Instant now = clock.instant();
        LockPolicy lock = policy.get().lock();
        LoginThrottle anyClient = counter(key);
        anyClient.recordAnyClientFailure(now, lock);
        LoginThrottle client = counter(clientKey(key, actor));
        Duration wait = client.recordFailure(now, lock);
        events.fire(new LoginEvent.Failed(actor, key, client.getFailures(), anyClient.getFailures()));
        if (client.getFailures() >= lock.maxFailures()) {
            events.fire(new LoginEvent.Locked(actor, key, wait));
            return LoginOutcome.LOCKED;
        }
        return LoginOutcome.INVALID_CREDENTIALS;
    }

    private LoginThrottle counter(String key) {
        return throttles.findForUpdate(key).orElseGet(() -> {
            LoginThrottle created = new LoginThrottle(key);
            throttles.add(created);
            return created;
        });
    }

    /** The right credentials: this client's count and the address's count start again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void succeeded(String key, Actor actor) {
        throttles.findForUpdate(key).ifPresent(LoginThrottle::clear);
        throttles.findForUpdate(clientKey(key, actor)).ifPresent(LoginThrottle::clear);
    }

    /** Staff can clear the address's counts, every client's included (SPEC §3). */
    @Transactional
    public void clear(String key, Actor actor) {
        throttles.findForUpdate(key).ifPresent(LoginThrottle::clear);
        throttles.clearClientsOf(key);
        events.fire(new LoginEvent.LockCleared(actor, key));
    }
}
