package io.supportcenter.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The confirmation an action shows on the page its redirect leads to (post, redirect, get), without Mojarra's
 * flash: in a distributable application the flash copies the pending messages of every user of the node into
 * every session it saves (a few KB per session, and other people's messages in it). A signed-in user's notice
 * waits in their own session until the next page is rendered; a visitor has no session, so theirs travels as a
 * bundle key in the address ({@code ?notice=…}), shown only for the keys listed in {@link #FOR_VISITORS}, so that
 * an address cannot make a page say anything else.
 */
public final class Notices {

    /** The notices a visitor's redirect may name: confirmations of the forms used before login. */
    static final Set<String> FOR_VISITORS = Set.of("contact-sales.sent", "login-help.link.done", "staff.welcome.done", "signup.done",
            "signup.confirm.again-expired", "account-status.expired", "account-status.reactivated-login");
    static final String PARAMETER = "notice";
    private static final String ATTRIBUTE = "io.supportcenter.shell.notices";

    private Notices() {
    }

    /** A message to show again after the redirect. */
    record Notice(boolean error, String text) implements Serializable {
    }

    /**
     * Keeps this request's messages for the next page, in the user's session; returns false when there is no
     * session (a visitor), whose redirect must name a notice in its address instead.
     */
    static boolean keep() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Object session = faces.getExternalContext().getSession(false);
        if (!(session instanceof HttpSession httpSession)) {
            return false;
        }
        List<Notice> notices = new ArrayList<>();
        faces.getMessageList().forEach(message -> notices.add(new Notice(message.getSeverity() == FacesMessage.SEVERITY_ERROR,
                message.getSummary())));
        if (!notices.isEmpty()) {
            httpSession.setAttribute(ATTRIBUTE, notices);
        }
        return true;
    }

    /** The address a visitor is sent to with a notice, if the notice is one a visitor may be shown. */
    static String visitorAddress(String path, String noticeKey) {
        return FOR_VISITORS.contains(noticeKey) ? path + (path.contains("?") ? "&" : "?") + PARAMETER + "=" + noticeKey : path;
    }

    /** Before a page renders: the notices waiting for it become its messages. */
    public static class Shown implements PhaseListener {

        private static final long serialVersionUID = 1L;

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RENDER_RESPONSE;
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            FacesContext faces = event.getFacesContext();
            if (faces.getPartialViewContext().isAjaxRequest()) {
                return;
            }
            if (faces.getExternalContext().getSession(false) instanceof HttpSession session
                    && session.getAttribute(ATTRIBUTE) instanceof List<?> waiting) {
                session.removeAttribute(ATTRIBUTE);
                waiting.stream().filter(Notice.class::isInstance).map(Notice.class::cast).forEach(notice -> faces.addMessage(null,
                        new FacesMessage(notice.error() ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_INFO, notice.text(), notice.text())));
            }
            Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
            String key = parameters.get(PARAMETER);
            if (key != null && FOR_VISITORS.contains(key) && !faces.isPostback()) {
                Texts.info(key);
            }
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            // nothing after rendering
        }
    }
}
