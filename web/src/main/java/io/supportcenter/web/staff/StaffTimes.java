package io.supportcenter.web.staff;

import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.policy.Policy;
import io.supportcenter.domain.policy.PolicyValues;
import io.supportcenter.web.shell.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Moments as the staff console shows them ({@code #{staffTimes.format(…)}}): in the support team's
 * time zone (the business calendar's, {@code support.calendar.zone}), in the page's language, with
 * the pattern from the message bundle.
 */
@Named
@ApplicationScoped
public class StaffTimes {

    @Inject
    Policies policies;

    public String format(Instant moment) {
        if (moment == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern(Texts.text("staff.time.pattern"), faces.getViewRoot().getLocale());
        return pattern.format(moment.atZone(policies.now().serviceLevels().calendar().zone()));
    }

    /** The business hours in force, as the dashboards explain them (policies may change them). */
    public String businessHours() {
        PolicyValues values = policies.now();
        return Texts.text("staff.business-hours", values.value(Policy.CALENDAR_OPENS), values.value(Policy.CALENDAR_CLOSES),
                values.value(Policy.CALENDAR_ZONE));
    }
}
