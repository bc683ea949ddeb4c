package io.supportcenter.domain.commission;

import static io.supportcenter.domain.audit.AuditAction.API_KEY_CREATED;
import static io.supportcenter.domain.audit.AuditAction.API_KEY_REVOKED;

import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.audit.AuditLine;
import io.supportcenter.domain.audit.Audited;

/** An admin created or revoked a key of the commission API; the line names it, never its secret. */
public sealed interface ApiKeyEvent extends Audited {

    record Created(Actor actor, ApiKey key) implements ApiKeyEvent {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(API_KEY_CREATED, actor, "api-key:" + key.getId(), key.getName());
        }
    }

    record Revoked(Actor actor, ApiKey key) implements ApiKeyEvent {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(API_KEY_REVOKED, actor, "api-key:" + key.getId(), key.getName());
        }
    }
}
