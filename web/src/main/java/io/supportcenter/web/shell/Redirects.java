package io.supportcenter.web.shell;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * The end of a successful form action (post, redirect, get): the page's own address or another
 * one, so that a refresh repeats nothing, with the confirmation carried over the redirect.
 */
public final class Redirects {

    private Redirects() {
    }

    /**
     * Redirects to {@code path} within the application. Not OmniFaces' {@code Faces.redirect}: it keeps the flash
     * for the next request, and Mojarra's flash answers with its {@code csfcfc} cookie, a cookie a visitor (a vote on a
     * public topic, a sign-up) must not get before login. Behind a proxy the address stays a path (SecurityHeadersFilter).
     */
    public static void to(String path) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
    }

    /**
     * Shows the message with this bundle key on the page {@code path} leads to: kept in a signed-in user's session,
     * or named in a visitor's address ({@link Notices}).
     */
    public static void withInfo(String messageKey, String path) throws IOException {
        Texts.info(messageKey);
        to(Notices.keep() ? path : Notices.visitorAddress(path, messageKey));
    }
}
