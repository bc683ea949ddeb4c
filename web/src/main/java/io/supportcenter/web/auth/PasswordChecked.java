package io.supportcenter.web.auth;

import io.supportcenter.domain.identity.UserId;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * A member who gave the right password but could not be signed in, kept in the session for a few minutes
 * for one purpose: the account-status page may explain a deactivated account and, where allowed,
 * reactivate it and sign the member in without asking for the password again; the login page may offer
 * to send the sign-up confirmation link again, to that user only. Nothing is signed in by this alone.
 */
public record PasswordChecked(UserId userId, Instant until, Purpose purpose) implements Serializable {

    /** What the checked password may still be used for. */
    public enum Purpose {
        REACTIVATION,
        EMAIL_CONFIRMATION
    }

    static Optional<PasswordChecked> of(HttpSession session, Purpose purpose, Instant now) {
        Object pending = session == null ? null : session.getAttribute(attribute(purpose));
        return pending instanceof PasswordChecked p && now.isBefore(p.until()) ? Optional.of(p) : Optional.empty();
    }

    void keepIn(HttpSession session) {
        session.setAttribute(attribute(purpose), this);
    }

    static void clear(HttpSession session, Purpose purpose) {
        if (session != null) {
            session.removeAttribute(attribute(purpose));
        }
    }

    private static String attribute(Purpose purpose) {
        return PasswordChecked.class.getName() + "." + purpose.name();
    }
}
