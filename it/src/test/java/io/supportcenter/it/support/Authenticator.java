package io.supportcenter.it.support;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * The authenticator app on a staff user's phone: remembers the secret each staff user set up (for the
 * whole test run, like the database) and makes the current code. The portal accepts each time step's
 * code once, so a second sign-in within the same 30 seconds waits for the next step, as a person would.
 */
public final class Authenticator {

    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();
    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private Authenticator() {
    }

    public static void remember(String email, String secret) {
        SECRETS.put(email, secret.replace(" ", ""));
        LAST_STEP.remove(email);
    }

    public static String secretOf(String email) {
        String secret = SECRETS.get(email);
        if (secret == null) {
            throw new AssertionError("No authenticator was set up for " + email + " in this test run");
        }
        return secret;
    }

    /** A code for a time step not used before by this staff user (waiting for the next step if need be). */
    public static synchronized String freshCode(String email) {
        long step = step(Instant.now());
        Long last = LAST_STEP.get(email);
        if (last != null && step <= last) {
            sleepUntil(Instant.ofEpochSecond((last + 1) * 30));
            step = last + 1;
        }
        LAST_STEP.put(email, step);
        return code(secretOf(email), Instant.ofEpochSecond(step * 30));
    }

    public static String code(String secret, Instant at) {
        try {
            return GENERATOR.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret.replace(" ", "")),
                    GENERATOR.getAlgorithm()), at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long step(Instant at) {
        return at.getEpochSecond() / 30;
    }

    private static void sleepUntil(Instant moment) {
        long millis = moment.toEpochMilli() - System.currentTimeMillis() + 50;
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
