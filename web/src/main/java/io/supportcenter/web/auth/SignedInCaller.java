package io.supportcenter.web.auth;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in on a session, with the groups given at login. Kept by the application (a plain,
 * replicated session attribute) rather than by {@code @AutoApplySession}: Payara 6 rebuilds the
 * caller's groups from shared state that concurrent requests can clear (payara/Payara#6145, fixed
 * only after 6.2025.10; a request then gets 403 for a page its caller may see), and loses them when
 * a session moves to another cluster member (payara/Payara#6342).
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

    private static final String ATTRIBUTE = SignedInCaller.class.getName();

    SignedInCaller {
        groups = Set.copyOf(groups);
    }

    static Optional<SignedInCaller> of(HttpSession session) {
        return Optional.ofNullable(session == null ? null : (SignedInCaller) session.getAttribute(ATTRIBUTE));
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }
}
