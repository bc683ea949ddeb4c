package io.supportcenter.domain.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One Login Help request, kept to throttle requests per address and per client across all nodes. */
@Entity
@Table(name = "login_help_request")
public class LoginHelpRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_help_request_seq")
    @SequenceGenerator(name = "login_help_request_seq", sequenceName = "login_help_request_seq", allocationSize = 50)
    private Long id;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected LoginHelpRequest() {
        // for JPA
    }

    public LoginHelpRequest(String email, String clientAddress, Instant requestedAt) {
        this.email = email;
        this.clientAddress = clientAddress;
        this.requestedAt = requestedAt;
    }
}
