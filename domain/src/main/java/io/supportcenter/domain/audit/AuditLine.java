package io.supportcenter.domain.audit;

import io.supportcenter.domain.identity.Caller;

/**
 * One event as the audit log writes it: what happened, who did it, what it is about
 * ({@code user:12}, {@code account:40001234}, an email address) and a short detail, or null.
 */
public record AuditLine(AuditAction action, Caller actor, String subject, String detail) {

    public static AuditLine of(AuditAction action, Caller actor, String subject) {
        return new AuditLine(action, actor, subject, null);
    }
}
