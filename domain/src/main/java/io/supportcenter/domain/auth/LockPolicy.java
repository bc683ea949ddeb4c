package io.supportcenter.domain.auth;

import java.time.Duration;
import java.util.List;

/**
 * How failed logins slow an address down (SPEC §3): no wait for the first failures, then the
 * {@code slowdowns} (by default 5 and 15 seconds) for the failures just before the lock, and from
 * {@code maxFailures} on a lock that starts at a minute and doubles with every further failure up to
 * {@code longestLock}.
 */
public record LockPolicy(int maxFailures, Duration longestLock, List<Duration> slowdowns) {

    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);

    public LockPolicy {
        if (maxFailures < 2) {
            throw new IllegalArgumentException("maxFailures must be at least 2");
        }
        slowdowns = List.copyOf(slowdowns);
        if (slowdowns.size() >= maxFailures) {
            throw new IllegalArgumentException("there must be fewer slowdowns than failures before the lock");
        }
    }

    public LockPolicy(int maxFailures, Duration longestLock) {
        this(maxFailures, longestLock, List.of(Duration.ofSeconds(5), Duration.ofSeconds(15)));
    }

    public static LockPolicy defaults() {
        return new LockPolicy(5, Duration.ofMinutes(15));
    }

    public Duration waitAfter(int failures) {
        int firstSlowdown = maxFailures - slowdowns.size();
        if (failures < firstSlowdown) {
            return Duration.ZERO;
        }
        if (failures < maxFailures) {
            return slowdowns.get(failures - firstSlowdown);
        }
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(failures - maxFailures, 20));
        return lock.compareTo(longestLock) > 0 ? longestLock : lock;
    }
}
