package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.Team;

/**
 * Who on the staff may do what with an inquiry. Agents work on their teams' inquiries and on those
 * assigned to them; an inquiry transferred to another team leaves their reach. Supervisors and
 * admins reach every team and alone assign inquiries to others. Editors read inquiries (to learn
 * what members ask) but never act on them.
 */
public final class StaffAccess {

    private StaffAccess() {
    }

    public static boolean seesAllTeams(StaffUser staff) {
        return StaffRole.overseesAllTeams(staff.getRoles());
    }

    public static boolean mayWorkOn(StaffUser staff, Inquiry inquiry) {
        if (!staff.isEnabled()) {
            return false;
        }
        if (seesAllTeams(staff)) {
            return true;
        }
        return staff.hasRole(StaffRole.AGENT) && (isOfTeam(staff, inquiry.getTeam())
                || inquiry.getAssignee().map(assignee -> assignee.getId().equals(staff.getId())).orElse(false));
    }

    public static boolean mayRead(StaffUser staff, Inquiry inquiry) {
        return mayWorkOn(staff, inquiry) || (staff.isEnabled() && staff.hasRole(StaffRole.EDITOR));
    }

    public static boolean mayAssignOthers(StaffUser staff) {
        return staff.isEnabled() && seesAllTeams(staff);
    }

    /** Whom inquiries of any team may be offered to in a bulk assign: agents and those who oversee every team. */
    public static boolean mayBeAssignedAny(StaffUser staff) {
        return staff.isEnabled() && (seesAllTeams(staff) || staff.hasRole(StaffRole.AGENT));
    }

    /** Whom an inquiry can be given to: an agent of its team, or a supervisor. */
    public static boolean mayBeAssigned(StaffUser staff, Inquiry inquiry) {
        return staff.isEnabled() && (seesAllTeams(staff) || (staff.hasRole(StaffRole.AGENT) && isOfTeam(staff, inquiry.getTeam())));
    }

    private static boolean isOfTeam(StaffUser staff, Team team) {
        return staff.getTeams().stream().anyMatch(own -> own.getId().equals(team.getId()));
    }
}
