package io.supportcenter.web.auth;

import io.supportcenter.domain.auth.SecondStep;
import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.identity.StaffRole;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A staff user who gave the right password and still owes the second step (a code, or setting up
 * the authenticator first). Kept in the session for a few minutes; nothing is signed in until the
 * step is done. The secret being set up lives here until a code confirms it.
 */
record PendingSecondFactor(StaffId staffId, String email, Set<StaffRole> roles, SecondStep step, String newSecret, Instant until)
        implements Serializable {

    PendingSecondFactor {
        roles = Set.copyOf(roles);
    }

    private static final String ATTRIBUTE = PendingSecondFactor.class.getName();

    static Optional<PendingSecondFactor> of(HttpSession session, Instant now) {
        Object pending = session == null ? null : session.getAttribute(ATTRIBUTE);
        return pending instanceof PendingSecondFactor p && now.isBefore(p.until()) ? Optional.of(p) : Optional.empty();
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    static void clear(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
