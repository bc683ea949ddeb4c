package io.supportcenter.domain.auth;

import java.time.Duration;

/**
 * How failed logins slow an address down (SPEC §3): no wait for the first failures, then short
 * waits, and from {@code maxFailures} on a lock that doubles with every further failure up to
 * {@code longestLock}.
 */
public record LockPolicy(int maxFailures, Duration longestLock) {

    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);

    public LockPolicy {
        if (maxFailures < 2) {
            throw new IllegalArgumentException("maxFailures must be at least 2");
        }
    }

    public static LockPolicy defaults() {
        return new LockPolicy(5, Duration.ofMinutes(15));
    }

    public Duration waitAfter(int failures) {
        if (failures < maxFailures - 2) {
            return Duration.ZERO;
        }
        if (failures < maxFailures) {
            // the two failures before the lock: a few seconds, enough to stop a script's pace
            return Duration.ofSeconds(failures == maxFailures - 1 ? 15 : 5);
        }
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(failures - maxFailures, 20));
        return lock.compareTo(longestLock) > 0 ? longestLock : lock;
    }
}
