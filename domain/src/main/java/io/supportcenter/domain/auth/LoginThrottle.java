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
 * Failed logins for one email address in one realm, whether or not a user has that address, so
 * that the answers never tell a known address from an unknown one. Invariant: while
 * {@code lockedUntil} is in the future, no password is checked for this address.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    /** {@code member:<email>} or {@code staff:<email>}. */
    @Id
    @Column(name = "login_key", length = 270)
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
