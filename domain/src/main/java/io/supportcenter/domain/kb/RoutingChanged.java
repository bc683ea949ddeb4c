package io.supportcenter.domain.kb;

import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.audit.AuditLine;
import io.supportcenter.domain.audit.Audited;

/** A category's inquiries go to another team from now on ({@code before} is the old team's code). */
public record RoutingChanged(Actor actor, Category category, String before) implements Audited {

    @Override
    public AuditLine auditLine() {
        return new AuditLine(AuditAction.ROUTING_CHANGED, actor, "category:" + category.getSlug(), before + " → " + category.getTeam().getCode());
    }
}
