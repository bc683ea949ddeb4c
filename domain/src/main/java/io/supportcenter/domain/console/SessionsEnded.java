package io.supportcenter.domain.console;

import io.supportcenter.domain.account.User;
import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.audit.AuditLine;
import io.supportcenter.domain.audit.Audited;

/** Support ended every session of a member's user: each of their browsers has to log in again. */
public record SessionsEnded(Actor actor, User user) implements Audited {

    @Override
    public AuditLine auditLine() {
        return AuditLine.of(AuditAction.SESSIONS_ENDED, actor, "user:" + user.getId());
    }
}
