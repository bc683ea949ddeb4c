package io.supportcenter.web.auth;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * A member who gave the right password for a deactivated account. Kept in the session for a few
 * minutes so that the account-status page may explain their account, and, where allowed, reactivate
 * it and sign them in without asking for the password again. Nothing is signed in before that.
 */
public record PendingReactivation(long userId, Instant until) implements Serializable {

    private static final String ATTRIBUTE = PendingReactivation.class.getName();

    public static Optional<PendingReactivation> of(HttpSession session, Instant now) {
        Object pending = session == null ? null : session.getAttribute(ATTRIBUTE);
        return pending instanceof PendingReactivation p && now.isBefore(p.until()) ? Optional.of(p) : Optional.empty();
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
