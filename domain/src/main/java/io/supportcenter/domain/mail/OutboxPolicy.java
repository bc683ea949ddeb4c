package io.supportcenter.domain.mail;

import java.time.Duration;

/**
 * @param firstRetry wait after the first failed attempt (doubling after each further one)
 * @param lease      how long a node holds a claimed mail: long enough for one SMTP conversation,
 *                   short enough that a mail held by a node that died is soon sent by another
 */
public record OutboxPolicy(Duration firstRetry, Duration lease) {

    public static OutboxPolicy defaults() {
        return new OutboxPolicy(Duration.ofSeconds(30), Duration.ofMinutes(2));
    }
}
