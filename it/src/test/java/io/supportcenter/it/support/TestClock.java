package io.supportcenter.it.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Deployed only by the tests ({@link Deployments}): replaces the portal's clock with one that follows the
 * real time until a test pins it to an instant ({@link TestClockServlet}), so that a test can reason about
 * days and decay without racing the real clock, and release it afterwards. A portal built with
 * {@link Deployments#portalWithFixedClock} starts pinned.
 */
@ApplicationScoped
@Alternative
@Priority(1000)
public class TestClock {

    static final String RESOURCE = "it-clock-pinned.txt";

    private static final AtomicReference<Instant> PINNED = new AtomicReference<>(pinnedAtStart());

    @Produces
    public Clock clock() {
        return new Pinnable(ZoneOffset.UTC);
    }

    static void pin(Instant at) {
        PINNED.set(at);
    }

    static void release() {
        PINNED.set(null);
    }

    static Instant now() {
        Instant pinned = PINNED.get();
        return pinned != null ? pinned : Instant.now();
    }

    private static Instant pinnedAtStart() {
        try (InputStream in = TestClock.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? null : Instant.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The real time, or the pinned instant while a test holds one; every injection point sees the same.
     * Serializable like the system clock it stands in for: view- and session-scoped beans hold it.
     */
    private static final class Pinnable extends Clock implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ZoneId zone;

        Pinnable(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Pinnable(other);
        }

        @Override
        public Instant instant() {
            return now();
        }
    }
}
