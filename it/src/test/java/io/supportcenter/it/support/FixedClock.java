package io.supportcenter.it.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Deployed only by {@link Deployments#portalWithFixedClock}: replaces the portal's clock with one
 * that stands still at the instant written into the same library, so that a test can reason about
 * days and decay without racing the real clock.
 */
@ApplicationScoped
@Alternative
@Priority(1000)
public class FixedClock {

    static final String RESOURCE = "it-fixed-clock.txt";

    @Produces
    public Clock clock() {
        try (InputStream in = FixedClock.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test library");
            }
            return Clock.fixed(Instant.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip()), ZoneOffset.UTC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
