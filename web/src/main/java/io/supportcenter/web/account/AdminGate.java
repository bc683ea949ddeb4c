package io.supportcenter.web.account;

import io.supportcenter.domain.administration.AdministrativeSettingsService;
import io.supportcenter.domain.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;

/**
 * The key that opened Administrative Settings, kept in the member's (replicated) session: the domain holds only its
 * digest and until when it opens ({@link AdministrativeSettingsService#unlock}), and checks it for every action.
 */
@ApplicationScoped
public class AdminGate {

    private static final String KEY = "io.supportcenter.admin.gateKey";

    @Inject
    AdministrativeSettingsService admin;

    public void keep(HttpSession session, String key) {
        session.setAttribute(KEY, key);
    }

    /** The key this session was given, or null. */
    public String key(HttpSession session) {
        return session == null ? null : (String) session.getAttribute(KEY);
    }

    public boolean isUnlocked(HttpSession session, Caller.Member member) {
        String key = key(session);
        return key != null && admin.isUnlocked(member, key);
    }
}
