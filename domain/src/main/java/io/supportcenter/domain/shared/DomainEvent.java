package io.supportcenter.domain.shared;

/**
 * Something a use case did, fired once through CDI's {@code Event}. The audit log and the outbox
 * observe events synchronously, so what they write joins the use case's transaction and is rolled
 * back with it; a use case no longer writes either itself, and cannot forget one.
 */
public interface DomainEvent {
}
