package io.supportcenter.web.auth;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import io.supportcenter.domain.auth.OneTimeCodes;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * RFC 6238 codes as authenticator apps make them: HMAC-SHA1, six digits, 30-second steps, 160-bit
 * secrets in Base32. A code of the step before or after is accepted too, for clocks that drift.
 */
@ApplicationScoped
public class TotpCodes implements OneTimeCodes {

    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();

    @Override
    public String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    @Override
    public OptionalLong matchingStep(String secret, String code, Instant at) {
        if (secret == null || code == null || !code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm());
        long step = at.getEpochSecond() / generator.getTimeStep().getSeconds();
        for (long candidate = step - 1; candidate <= step + 1; candidate++) {
            String expected = code(key, Instant.ofEpochSecond(candidate * generator.getTimeStep().getSeconds()));
            if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(candidate);
            }
        }
        return OptionalLong.empty();
    }

    private String code(SecretKeySpec key, Instant at) {
        try {
            return generator.generateOneTimePasswordString(key, at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("An HMAC key of any length is valid", e);
        }
    }
}
