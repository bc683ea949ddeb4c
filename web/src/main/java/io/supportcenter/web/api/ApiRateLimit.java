package io.supportcenter.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Requests per API key per minute on this node: a key that a broken integration sends in a loop cannot keep the
 * server from its people. Counted per node (memory only) on purpose: the limit guards each node's capacity, and a
 * count shared through the database would cost a write per request.
 */
@ApplicationScoped
public class ApiRateLimit {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final ConcurrentMap<Long, Window> windows = new ConcurrentHashMap<>();

    /** Counts one request of {@code keyId}; empty when allowed, else how long until the next window. */
    public Optional<Duration> acquire(long keyId, int perMinute, Clock clock) {
        Instant now = clock.instant();
        long minute = now.getEpochSecond() / WINDOW.toSeconds();
        Window window = windows.compute(keyId, (id, old) -> old == null || old.minute != minute ? new Window(minute, 1) : old.next());
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> w.minute != minute);
        }
        if (window.count <= perMinute) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds((minute + 1) * WINDOW.toSeconds() - now.getEpochSecond()));
    }

    private record Window(long minute, int count) {
        Window next() {
            return new Window(minute, count + 1);
        }
    }
}
