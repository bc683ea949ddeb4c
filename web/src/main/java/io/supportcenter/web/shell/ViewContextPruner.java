package io.supportcenter.web.shell;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;

/**
 * Keeps a session from growing with every page view. Mojarra keeps the contexts of view-scoped beans
 * in {@code activeViewContexts}, one entry per view map, but does not drop an entry when it drops the
 * view map itself from {@code activeViewMaps} (at most 25): measured on Payara 6.2025.10, a member who
 * asked for Support History 190 times carried 186 such entries (79 KB serialised), which the session
 * valve then read and wrote after every request. After each rendering, before the valve stores the
 * session, this removes the entries whose view map is gone; their beans were unreachable already.
 */
public class ViewContextPruner implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    static final String VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // only after rendering, when this request's view map is registered
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        ExternalContext external = event.getFacesContext().getExternalContext();
        if (external.getSession(false) == null) {
            return;
        }
        Map<String, Object> session = external.getSessionMap();
        Object contexts = session.get(VIEW_CONTEXTS);
        if (prune(contexts, session.get(VIEW_MAPS))) {
            // Put back, so that a replicated session stores the smaller map.
            session.put(VIEW_CONTEXTS, contexts);
        }
    }

    /** Removes the contexts of view maps that are no longer active; whether any was removed. */
    static boolean prune(Object contexts, Object viewMaps) {
        if (!(contexts instanceof Map<?, ?> byViewMap) || !(viewMaps instanceof Map<?, ?> active)) {
            return false;
        }
        synchronized (active) {
            return byViewMap.keySet().removeIf(viewMapId -> !active.containsKey(viewMapId));
        }
    }
}
