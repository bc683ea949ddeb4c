package io.supportcenter.web.staff;

import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.policy.Policy;
import io.supportcenter.domain.policy.PolicyValues;
import io.supportcenter.web.shell.Moments;
import io.supportcenter.web.shell.Texts;
import jakarta.faces.context.FacesContext;
import java.time.ZoneId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The support team's working hours as the console explains them (moments themselves: {@link io.supportcenter.web.shell.Moments}). */
@Named
@ApplicationScoped
public class StaffTimes {

    @Inject
    Policies policies;

    /** The business hours in force, as the dashboards explain them (policies may change them). */
    public String businessHours() {
        PolicyValues values = policies.now();
        return Texts.text("staff.business-hours", values.value(Policy.CALENDAR_OPENS), values.value(Policy.CALENDAR_CLOSES),
                Moments.label(ZoneId.of(values.value(Policy.CALENDAR_ZONE)),
                        FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }
}
