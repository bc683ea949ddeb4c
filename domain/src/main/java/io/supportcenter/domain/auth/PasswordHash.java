package io.supportcenter.domain.auth;

import java.util.Base64;
import java.util.Objects;

/**
 * A stored password hash with the parameters that produced it, so that a hash made with older
 * parameters still verifies and can be recognised for upgrading. Encoded form:
 * {@code pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>}.
 */
public record PasswordHash(String algorithm, int iterations, byte[] salt, byte[] hash) {

    public static final String PBKDF2_SHA256 = "pbkdf2-sha256";
    private static final String SEPARATOR = "$";

    public PasswordHash {
        Objects.requireNonNull(algorithm);
        Objects.requireNonNull(salt);
        Objects.requireNonNull(hash);
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
    }

    public String encode() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return String.join(SEPARATOR, algorithm, Integer.toString(iterations),
                b64.encodeToString(salt), b64.encodeToString(hash));
    }

    /** Parses an encoded hash; anything malformed is refused (it can never verify). */
    public static PasswordHash parse(String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.split("\\$");
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an encoded password hash");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return new PasswordHash(parts[0], Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
    }
}
