package io.supportcenter.domain.audit;

import io.supportcenter.domain.shared.DomainEvent;

/** An event the audit log writes down ({@link AuditLog#on}). */
public interface Audited extends DomainEvent {

    /** The line it is written as. */
    AuditLine auditLine();
}
