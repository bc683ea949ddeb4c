package io.supportcenter.web.auth;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The recovery codes made when a staff user set up the authenticator app during sign-in, kept in the session only
 * until the security page, where the sign-in leads, has shown them once.
 */
record NewRecoveryCodes(List<String> codes) implements Serializable {

    private static final String ATTRIBUTE = NewRecoveryCodes.class.getName();

    NewRecoveryCodes {
        codes = List.copyOf(codes);
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    /** The codes, taken out of the session so that they show only once. */
    static Optional<NewRecoveryCodes> take(HttpSession session) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof NewRecoveryCodes found)) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        return Optional.of(found);
    }
}
