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
 * whole test run, like the database) and makes a code. The portal accepts the code of the current time
 * step and of the steps either side (clocks drift), each step once; so up to three sign-ins of one
 * staff user within 30 seconds go through (a phone running a little behind, on time, a little ahead)
 * and only a fourth waits for the next step, as a person would.
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

    /** A code for the earliest time step the portal still takes and this staff user has not used. */
    public static synchronized String freshCode(String email) {
        long now = Instant.now().getEpochSecond();
        long current = now / 30;
        // The step before only while the portal, a few busy seconds later, surely still takes it.
        long earliest = now % 30 < 20 ? current - 1 : current;
        Long last = LAST_STEP.get(email);
        long step = last == null ? earliest : Math.max(earliest, last + 1);
        if (step > current + 1) {
            // Printed so that a run shows what these waits cost (see the timing summary of .ci/run).
            Instant next = Instant.ofEpochSecond((step - 1) * 30);
            System.out.printf("[it] %s signs in a fourth time within 30 s: waiting %d ms for the next authenticator step%n",
                    email, Math.max(0, next.toEpochMilli() - System.currentTimeMillis()));
            sleepUntil(next);
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
