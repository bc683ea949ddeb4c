package io.supportcenter.domain.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * What an administrator looks for in the audit log; every part is optional (null: any).
 *
 * @param actor    who acted, as recorded ({@code staff:12}, {@code member:40}, {@code anonymous})
 * @param subject  a piece of the subject (an email, an account number), ignoring case
 * @param from     the earliest moment, included
 * @param until    the first moment no longer included
 */
public record AuditCriteria(AuditAction action, String actor, String subject, Instant from, Instant until) implements Serializable {

    public static final AuditCriteria ANY = new AuditCriteria(null, null, null, null, null);

    public AuditCriteria {
        actor = blankToNull(actor);
        subject = blankToNull(subject);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
