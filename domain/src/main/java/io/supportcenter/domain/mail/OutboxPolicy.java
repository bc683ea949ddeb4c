package io.supportcenter.domain.mail;

import java.time.Duration;

/**
 * @param firstRetry wait after the first failed attempt (doubling after each further one)
 * @param lease      how long a node holds a claimed mail: long enough for one SMTP conversation,
 *                   short enough that a mail held by a node that died is soon sent by another
 * @param seal       what seals a waiting mail's secret values
 */
public record OutboxPolicy(Duration firstRetry, Duration lease, SecretSeal seal) {

    private static final class TestSeal {
        static final SecretSeal SEAL = SecretSeal.derivedFrom("a key for tests only");
    }

    /** The defaults, with a seal whose key is fixed: for tests. */
    public static OutboxPolicy defaults() {
        return new OutboxPolicy(Duration.ofSeconds(30), Duration.ofMinutes(2), TestSeal.SEAL);
    }
}
