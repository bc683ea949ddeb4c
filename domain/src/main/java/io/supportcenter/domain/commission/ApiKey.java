package io.supportcenter.domain.commission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An integration's key to the commission endpoint. Only a hash of the key is kept (the key is shown
 * once, when made), with its first characters so that people can tell keys apart.
 */
@Entity
@Table(name = "api_key")
public class ApiKey implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_NAME = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "key_hash", nullable = false, unique = true, length = 100)
    private String keyHash;

    @Column(name = "key_start", nullable = false, length = 12)
    private String keyStart;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiKey() {
        // for JPA
    }

    ApiKey(String name, String keyHash, String keyStart, String createdBy, Instant createdAt) {
        this.name = name;
        this.keyHash = Objects.requireNonNull(keyHash);
        this.keyStart = keyStart;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    void used(Instant at) {
        lastUsedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKeyStart() {
        return keyStart;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
