package io.supportcenter.domain.identity;

import java.util.Collection;

/** What a staff user may do in the console (SPEC §1); a staff user may hold several. */
public enum StaffRole {
    AGENT,
    EDITOR,
    SUPERVISOR,
    ADMIN;

    /** Supervisors and admins oversee every team: all queues, assignments, saved replies, reactivation. */
    public static boolean overseesAllTeams(Collection<StaffRole> roles) {
        return roles.contains(SUPERVISOR) || roles.contains(ADMIN);
    }

    /** Editors, supervisors and admins keep the knowledge base: its categories, topics and drafts. */
    public static boolean editsKnowledgeBase(Collection<StaffRole> roles) {
        return roles.contains(EDITOR) || overseesAllTeams(roles);
    }
}
