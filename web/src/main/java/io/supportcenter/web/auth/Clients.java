package io.supportcenter.web.auth;

import io.supportcenter.domain.audit.Actor;
import io.supportcenter.web.shell.ForwardedHeaders;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * Who is asking, for the audit log: the signed-in caller (or anonymous) and the client address.
 * The address is the connection's peer, or behind a proxy of {@code support.proxy.trusted} the visitor's
 * ({@link ForwardedHeaders}).
 */
public final class Clients {

    private Clients() {
    }

    public static Actor actor(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        String who = principal == null ? "anonymous" : principal.getName();
        return new Actor(who, ForwardedHeaders.clientAddress(request));
    }
}
