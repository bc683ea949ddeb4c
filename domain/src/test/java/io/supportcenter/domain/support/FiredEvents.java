package io.supportcenter.domain.support;

import io.supportcenter.domain.audit.AuditLog;
import io.supportcenter.domain.audit.Audited;
import io.supportcenter.domain.mail.Mailed;
import io.supportcenter.domain.mail.Outbox;
import io.supportcenter.domain.shared.DomainEvent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * CDI's event as the container delivers it to the two observers the domain has (the audit log and
 * the outbox), for services built without a container; it also keeps what was fired.
 */
public final class FiredEvents implements Event<DomainEvent> {

    public final List<DomainEvent> fired = new ArrayList<>();
    private final AuditLog audit;
    private final Outbox outbox;

    /** @param outbox null where the services under test send no mail (a mail then fails the test) */
    public FiredEvents(AuditLog audit, Outbox outbox) {
        this.audit = audit;
        this.outbox = outbox;
    }

    @Override
    public void fire(DomainEvent event) {
        fired.add(event);
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

    @Override
    public <U extends DomainEvent> CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException("the domain fires synchronously, in the use case's transaction");
    }

    @Override
    public <U extends DomainEvent> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw new UnsupportedOperationException("the domain fires synchronously, in the use case's transaction");
    }

    @Override
    public Event<DomainEvent> select(Annotation... qualifiers) {
        throw new UnsupportedOperationException("the domain's events have no qualifiers");
    }

    @Override
    public <U extends DomainEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("the domain's events have no qualifiers");
    }

    @Override
    public <U extends DomainEvent> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("the domain's events have no qualifiers");
    }
}
