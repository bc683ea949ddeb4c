package io.supportcenter.domain.policy;

import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.audit.AuditLine;
import io.supportcenter.domain.audit.Audited;

/** An admin changed one policy: the line keeps the value in force before and after. */
public record PolicyChanged(Actor actor, Policy policy, String before, String after) implements Audited {

    @Override
    public AuditLine auditLine() {
        return new AuditLine(AuditAction.POLICY_CHANGED, actor, "policy:" + policy.name(), before + " → " + after);
    }
}
