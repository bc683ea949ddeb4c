package io.supportcenter.load;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Makes the benchmark's template page stateless the way the portal makes its public pages stateless
 * (its {@code StatelessPages.Marker}): before anything renders, so that neither a view map nor a session is made.
 * Deployed with the benchmark's copy of the WAR only.
 */
public class TemplatePageMarker implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        UIViewRoot view = event.getFacesContext().getViewRoot();
        if (view != null && LoadBenchmark.TEMPLATE_PAGE.equals(view.getViewId())) {
            view.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before
    }
}
