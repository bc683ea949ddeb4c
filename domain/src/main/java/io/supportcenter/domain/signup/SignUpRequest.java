package io.supportcenter.domain.signup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One sign-up that sent a confirmation email, kept to limit sign-ups per client and per mailbox across all nodes
 * (every sign-up mails an address the visitor chose).
 */
@Entity
@Table(name = "signup_request")
public class SignUpRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signup_request_seq")
    @SequenceGenerator(name = "signup_request_seq", sequenceName = "signup_request_seq", allocationSize = 50)
    private Long id;

    /** The address without its {@code +tag}: see {@link SignUpLimits#mailboxOf}. */
    @Column(name = "mailbox", nullable = false, length = 254)
    private String mailbox;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected SignUpRequest() {
        // for JPA
    }

    public SignUpRequest(String mailbox, String clientAddress, Instant requestedAt) {
        this.mailbox = mailbox;
        this.clientAddress = clientAddress;
        this.requestedAt = requestedAt;
    }

    public String getMailbox() {
        return mailbox;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
