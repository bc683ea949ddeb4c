package io.supportcenter.domain.audit;

import io.supportcenter.domain.identity.Caller;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log; written once, never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40, updatable = false)
    private AuditAction action;

    @Column(name = "actor", nullable = false, length = 40, updatable = false)
    private String actor;

    /** What the event is about, for example {@code user:12} or a normalised email address. */
    @Column(name = "subject", length = 300, updatable = false)
    private String subject;

    @Column(name = "detail", length = 1000, updatable = false)
    private String detail;

    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, AuditAction action, Caller actor, String subject, String detail) {
        this.occurredAt = occurredAt;
        this.action = action;
        this.actor = actor.auditName();
        this.clientAddress = truncate(actor.clientAddress(), 64);
        this.subject = truncate(subject, 300);
        this.detail = truncate(detail, 1000);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
