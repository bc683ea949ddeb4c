package io.supportcenter.web.staff;

import io.supportcenter.domain.staff.StaffProfile;
import io.supportcenter.domain.staff.StaffProfileService;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.Moments;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/**
 * The time zone a staff user reads the console's times in ({@code /staff/security}): a zone of their own, or none
 * (the empty choice) for the support team's, the business calendar's.
 */
@Named
@RequestScoped
public class StaffTimeZoneBacking {

    @Inject
    StaffProfileService profiles;

    @Inject
    CurrentUser currentUser;

    @Inject
    Moments moments;

    private String zone;

    @PostConstruct
    void load() {
        zone = currentUser.staffUser().map(StaffProfile::timeZone).map(ZoneId::getId).orElse("");
    }

    public void save() throws IOException {
        ZoneId chosen;
        try {
            chosen = zone == null || zone.isBlank() ? null : ZoneId.of(zone);
        } catch (DateTimeException e) {
            Texts.error("zone:zone", "staff.zone.unknown");
            return;
        }
        profiles.readTimesIn(currentUser.staffCaller(), chosen);
        Redirects.withInfo("staff.zone.saved", "/staff/security");
    }

    /** The empty choice's label: the support team's zone, named. */
    public String getTeamZone() {
        return Texts.text("staff.zone.team", moments.zoneName(moments.calendarZone()));
    }

    public List<String> getZones() {
        return Moments.choosableZones();
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }
}
