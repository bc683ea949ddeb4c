package io.supportcenter.domain.mail;

import io.supportcenter.domain.shared.DomainEvent;
import java.util.List;

/** An event that sends email: the outbox stores its mails in the event's transaction ({@link Outbox#on}). */
public interface Mailed extends DomainEvent {

    List<MailRequest> mails();
}
