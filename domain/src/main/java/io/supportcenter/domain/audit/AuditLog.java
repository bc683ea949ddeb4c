package io.supportcenter.domain.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Records audited events ({@link Audited}) in the transaction of the change they describe. */
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

    /** Writes an audited event down in the transaction that fired it, so the line exists exactly when the change does. */
    @Transactional
    public void on(@Observes Audited event) {
        AuditLine line = event.auditLine();
        events.add(new AuditEvent(clock.instant(), line.action(), line.actor(), line.subject(), line.detail()));
    }
}
