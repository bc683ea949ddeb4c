package io.supportcenter.domain.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed logins for one email address in one realm, whether or not a user has that address (so that the answers
 * never tell a known address from an unknown one), counted twice: from every client ({@code member:<email>}), which
 * only asks for a person check once there were too many, and from one client ({@code member:<email>|<client>}),
 * which locks that client out. Invariant: while {@code lockedUntil} of a client's counter is in the future, no
 * password from that client is checked for this address.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    /** {@code member:<email>} or {@code staff:<email>}, with {@code |<client address>} for one client's count. */
    @Id
    @Column(name = "login_key", length = 400)
    private String key;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LoginThrottle() {
        // for JPA
    }

    public LoginThrottle(String key) {
        this.key = key;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failure and returns how long the address is now locked (zero if not). */
    public Duration recordFailure(Instant now, LockPolicy policy) {
        failures++;
        lastFailureAt = now;
        Duration wait = policy.waitAfter(failures);
        lockedUntil = wait.isZero() ? null : now.plus(wait);
        return wait;
    }

    /**
     * Counts a failure from any client. Failures further apart than the longest lock start the count again, so
     * an address that fails now and then is never asked for more.
     */
    public void recordAnyClientFailure(Instant now, LockPolicy policy) {
        if (lastFailureAt != null && lastFailureAt.plus(policy.longestLock()).isBefore(now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        lockedUntil = null;
    }

    /** Whether logins to this address, from any client, must show that a person is trying. */
    public boolean needsPersonCheck(Instant now, LockPolicy policy) {
        return failures >= policy.maxFailures() && lastFailureAt != null && lastFailureAt.plus(policy.longestLock()).isAfter(now);
    }

    public void clear() {
        failures = 0;
        lockedUntil = null;
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public Optional<Instant> getLockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }
}
