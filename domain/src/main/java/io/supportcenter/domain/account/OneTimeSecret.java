package io.supportcenter.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/**
 * A system-generated password or a reset link's token, stored only as a hash: valid once, until it
 * expires. Once used it stays recorded as used, so that trying it again gets a clear answer.
 */
@Embeddable
public class OneTimeSecret {

    /** What the user received. */
    public enum Kind {
        PASSWORD,
        LINK
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "one_time_kind", length = 10)
    private Kind kind;

    @Column(name = "one_time_hash", length = 200)
    private String hash;

    @Column(name = "one_time_expires_at")
    private Instant expiresAt;

    @Column(name = "one_time_used_at")
    private Instant usedAt;

    protected OneTimeSecret() {
        // for JPA
    }

    public OneTimeSecret(Kind kind, String hash, Instant expiresAt) {
        this.kind = Objects.requireNonNull(kind);
        this.hash = Objects.requireNonNull(hash);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    void markUsed(Instant now) {
        this.usedAt = now;
    }

    public Kind getKind() {
        return kind;
    }

    public String getHash() {
        return hash;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
