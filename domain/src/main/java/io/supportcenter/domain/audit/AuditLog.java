package io.supportcenter.domain.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Records audit events in the transaction of the change they describe. */
@ApplicationScoped
public class AuditLog {

    private AuditRepository events;
    private Clock clock;

    protected AuditLog() {
        // for CDI proxies
    }

    @Inject
    public AuditLog(AuditRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void record(AuditAction action, Actor actor, String subject, String detail) {
        events.add(new AuditEvent(clock.instant(), action, actor, subject, detail));
    }
}
