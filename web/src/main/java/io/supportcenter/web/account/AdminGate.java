package io.supportcenter.web.account;

import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.policy.Policy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How long the SuperUser password unlocks Administrative Settings for a session
 * (policy {@code support.admin.unlock-minutes}, default 15). The moment is kept in the (replicated) session.
 */
@ApplicationScoped
public class AdminGate {

    private static final String UNLOCKED_UNTIL = "io.supportcenter.admin.unlockedUntil";

    @Inject
    Policies policies;

    @Inject
    Clock clock;

    public void unlock(HttpSession session) {
        session.setAttribute(UNLOCKED_UNTIL, clock.instant().plus(Duration.ofMinutes(policies.now().number(Policy.ADMIN_UNLOCK_MINUTES))));
    }

    public boolean isUnlocked(HttpSession session) {
        Object until = session == null ? null : session.getAttribute(UNLOCKED_UNTIL);
        return until instanceof Instant instant && clock.instant().isBefore(instant);
    }

    public void lock(HttpSession session) {
        session.removeAttribute(UNLOCKED_UNTIL);
    }
}
