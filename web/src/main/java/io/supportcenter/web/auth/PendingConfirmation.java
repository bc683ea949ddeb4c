package io.supportcenter.web.auth;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * A member who gave the right password but has not confirmed the address they signed up with. Kept in the
 * session for a few minutes so that the login page may offer to send the confirmation link again, to that
 * user only; nothing is signed in.
 */
public record PendingConfirmation(long userId, Instant until) implements Serializable {

    private static final String ATTRIBUTE = PendingConfirmation.class.getName();

    public static Optional<PendingConfirmation> of(HttpSession session, Instant now) {
        Object pending = session == null ? null : session.getAttribute(ATTRIBUTE);
        return pending instanceof PendingConfirmation p && now.isBefore(p.until()) ? Optional.of(p) : Optional.empty();
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    public static void clear(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
