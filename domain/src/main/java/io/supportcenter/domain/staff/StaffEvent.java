package io.supportcenter.domain.staff;

import static io.supportcenter.domain.audit.AuditAction.STAFF_ACCESS_CHANGED;
import static io.supportcenter.domain.audit.AuditAction.TEAM_CREATED;
import static io.supportcenter.domain.audit.AuditAction.TEAM_RENAMED;

import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.audit.AuditLine;
import io.supportcenter.domain.audit.Audited;
import java.util.Collection;
import java.util.TreeSet;

/** What an admin changed about staff and teams (SPEC §7, administration); each is audited. */
public sealed interface StaffEvent extends Audited {

    /** A staff user's roles, teams or enabled state set. */
    record AccessChanged(Actor actor, StaffUser user, Collection<StaffRole> roles, Collection<String> teamCodes, boolean enabled)
            implements StaffEvent {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(STAFF_ACCESS_CHANGED, actor, "staff:" + user.getId(),
                    "roles=" + new TreeSet<>(roles) + " teams=" + new TreeSet<>(teamCodes) + " enabled=" + enabled);
        }
    }

    record TeamCreated(Actor actor, Team team) implements StaffEvent {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(TEAM_CREATED, actor, "team:" + team.getCode(), team.getName());
        }
    }

    record TeamRenamed(Actor actor, Team team, String before) implements StaffEvent {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(TEAM_RENAMED, actor, "team:" + team.getCode(), before + " → " + team.getName());
        }
    }
}
