package io.supportcenter.domain.support;

import io.supportcenter.domain.audit.AuditLog;
import io.supportcenter.domain.audit.Audited;
import io.supportcenter.domain.mail.Mailed;
import io.supportcenter.domain.mail.Outbox;
import io.supportcenter.domain.shared.DomainEvent;

/**
 * CDI's event as the container delivers it to the two observers the domain has (the audit log and
 * the outbox), for services built without a container; it also keeps what was fired.
 */
public final class FiredEvents extends KeptEvents<DomainEvent> {

    private final AuditLog audit;
    private final Outbox outbox;

    /** @param outbox null where the services under test send no mail (a mail then fails the test) */
    public FiredEvents(AuditLog audit, Outbox outbox) {
        this.audit = audit;
        this.outbox = outbox;
    }

    @Override
    public void fire(DomainEvent event) {
        super.fire(event);
        if (event instanceof Audited audited) {
            audit.on(audited);
        }
        if (event instanceof Mailed mailed) {
            if (outbox == null) {
                throw new AssertionError("no mail expected here: " + event);
            }
            outbox.on(mailed);
        }
    }
}
