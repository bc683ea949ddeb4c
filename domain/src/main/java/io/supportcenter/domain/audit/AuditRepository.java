package io.supportcenter.domain.audit;

import java.util.List;

/** Port to the audit log store; implemented in the persistence module. */
public interface AuditRepository {

    void add(AuditEvent event);

    /** The newest events first. */
    List<AuditEvent> newest(int offset, int limit);

    long count();
}
