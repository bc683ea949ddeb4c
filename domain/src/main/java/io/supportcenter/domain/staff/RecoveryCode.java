package io.supportcenter.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * One of a staff user's single-use recovery codes, for signing in without the authenticator. Only a
 * SHA-256 of the code is kept: the codes are long random strings, and each works once.
 */
@Embeddable
public class RecoveryCode {

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
        // for JPA
    }

    public RecoveryCode(String codeHash) {
        this.codeHash = Objects.requireNonNull(codeHash);
    }

    boolean matches(String hash) {
        return usedAt == null && codeHash.equals(hash);
    }

    void use(Instant now) {
        usedAt = now;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecoveryCode code && code.codeHash.equals(codeHash);
    }

    @Override
    public int hashCode() {
        return codeHash.hashCode();
    }
}
