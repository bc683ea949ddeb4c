package io.supportcenter.web.auth;

import io.supportcenter.domain.audit.Actor;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * Who is asking, for the audit log: the signed-in caller (or anonymous) and the client address.
 * The address is the connection's peer; behind a reverse proxy, configure the server's
 * network listener to take it from the proxy's header rather than trusting any header here.
 */
public final class Clients {

    private Clients() {
    }

    public static Actor actor(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        String who = principal == null ? "anonymous" : principal.getName();
        return new Actor(who, request.getRemoteAddr());
    }
}
