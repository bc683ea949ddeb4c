package io.supportcenter.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;

/**
 * One opening of the SuperUser password gate: the digest of the key a session was given (the key itself stays with the
 * session) and until when it opens Administrative Settings.
 */
@Embeddable
public class AdminGateOpening {

    @Column(name = "key_hash", nullable = false, length = 100)
    private String keyHash;

    @Column(name = "open_until", nullable = false)
    private Instant until;

    protected AdminGateOpening() {
        // for JPA
    }

    AdminGateOpening(String keyHash, Instant until) {
        this.keyHash = Objects.requireNonNull(keyHash);
        this.until = Objects.requireNonNull(until);
    }

    boolean opens(String hash, Instant now) {
        return hash != null && now.isBefore(until)
                && MessageDigest.isEqual(keyHash.getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
    }

    boolean isOver(Instant now) {
        return !now.isBefore(until);
    }

    Instant until() {
        return until;
    }
}
