package io.supportcenter.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Named;
import java.util.Set;

/**
 * The pages that keep nothing between requests: those a visitor reaches before logging in and the error
 * pages (no saved view and no HTTP session, so that a crawler or a flood of visitors costs no memory on any
 * node), and the pages members read most: Support Home, Browse Topics, a topic, Support History and the staff queues (no
 * saved view in their session; filters, order and pages are in the address). Their forms come
 * back with everything they need (see {@link SameOriginPosts} for what protects them).
 * A page is marked at two moments, because Faces asks at both: before anything renders on the first
 * request ({@link Marker}, so that PrimeFaces keeps its script nonce out of a view map), and when a post
 * rebuilds the page (the layout's {@code f:view transient}).
 */
@Named
@ApplicationScoped
public class StatelessPages {

    static final Set<String> VIEW_IDS = Set.of("/index.xhtml", "/help.xhtml", "/help-topic.xhtml", "/contact.xhtml", "/terms.xhtml",
            "/privacy.xhtml", "/signup.xhtml",
            "/signup/confirm.xhtml", "/contact-sales.xhtml", "/login.xhtml", "/login-help.xhtml", "/login-help/reset.xhtml",
            "/staff/login.xhtml", "/support/home.xhtml", "/support/topics.xhtml", "/support/topic.xhtml", "/support/history.xhtml",
            "/staff/queues.xhtml",
            "/WEB-INF/errors/403.xhtml", "/WEB-INF/errors/404.xhtml", "/WEB-INF/errors/500.xhtml",
            "/WEB-INF/errors/expired.xhtml", "/WEB-INF/pages/logout.xhtml");

    public boolean contains(String viewId) {
        return viewId != null && VIEW_IDS.contains(viewId);
    }

    /** Marks a stateless page's view as soon as it exists, before the first phase that could store it. */
    public static class Marker implements PhaseListener {

        private static final long serialVersionUID = 1L;

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            UIViewRoot view = event.getFacesContext().getViewRoot();
            if (view != null && view.getViewId() != null && VIEW_IDS.contains(view.getViewId())) {
                view.setTransient(true);
            }
        }
    }
}
