package io.supportcenter.domain.audit;

/**
 * One event as the audit log writes it: what happened, who did it, what it is about
 * ({@code user:12}, {@code account:40001234}, an email address) and a short detail, or null.
 */
public record AuditLine(AuditAction action, Actor actor, String subject, String detail) {

    public static AuditLine of(AuditAction action, Actor actor, String subject) {
        return new AuditLine(action, actor, subject, null);
    }
}
