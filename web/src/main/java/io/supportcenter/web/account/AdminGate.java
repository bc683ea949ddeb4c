package io.supportcenter.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long the SuperUser password unlocks Administrative Settings for a session
 * ({@code support.admin.unlock-minutes}, default 15). The moment is kept in the (replicated) session.
 */
@ApplicationScoped
public class AdminGate {

    private static final String UNLOCKED_UNTIL = "io.supportcenter.admin.unlockedUntil";

    @Inject
    @ConfigProperty(name = "support.admin.unlock-minutes", defaultValue = "15")
    int unlockMinutes;

    @Inject
    Clock clock;

    public void unlock(HttpSession session) {
        session.setAttribute(UNLOCKED_UNTIL, clock.instant().plus(Duration.ofMinutes(unlockMinutes)));
    }

    public boolean isUnlocked(HttpSession session) {
        Object until = session == null ? null : session.getAttribute(UNLOCKED_UNTIL);
        return until instanceof Instant instant && clock.instant().isBefore(instant);
    }

    public void lock(HttpSession session) {
        session.removeAttribute(UNLOCKED_UNTIL);
    }
}
