package io.supportcenter.domain.audit;

import java.util.List;

/** Port to the audit log store; implemented in the persistence module. */
public interface AuditRepository {

    void add(AuditEvent event);

    /** The events that meet the criteria, newest first. */
    List<AuditEvent> find(AuditCriteria criteria, int offset, int limit);

    long count(AuditCriteria criteria);
}
