package io.supportcenter.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void failuresSlowDownThenLockWithWaitsGrowingToTheLongest() {
        LockPolicy policy = LockPolicy.defaults();
        assertEquals(Duration.ZERO, policy.waitAfter(1));
        assertEquals(Duration.ZERO, policy.waitAfter(2));
        assertEquals(Duration.ofSeconds(5), policy.waitAfter(3));
        assertEquals(Duration.ofSeconds(15), policy.waitAfter(4));
        assertEquals(Duration.ofMinutes(1), policy.waitAfter(5));
        assertEquals(Duration.ofMinutes(2), policy.waitAfter(6));
        assertEquals(Duration.ofMinutes(8), policy.waitAfter(8));
        assertEquals(Duration.ofMinutes(15), policy.waitAfter(9));
        assertEquals(Duration.ofMinutes(15), policy.waitAfter(500));
    }

    @Test
    void aThrottleIsLockedUntilItsWaitHasPassedAndClearResetsIt() {
        LoginThrottle throttle = new LoginThrottle("member:pat@test.example");
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(NOW, LockPolicy.defaults());
        }
        Duration lock = throttle.recordFailure(NOW, LockPolicy.defaults());
        assertEquals(Duration.ofMinutes(1), lock);
        assertTrue(throttle.isLocked(NOW.plusSeconds(59)));
        assertFalse(throttle.isLocked(NOW.plusSeconds(60)));
        throttle.clear();
        assertFalse(throttle.isLocked(NOW));
        assertEquals(0, throttle.getFailures());
    }
}
