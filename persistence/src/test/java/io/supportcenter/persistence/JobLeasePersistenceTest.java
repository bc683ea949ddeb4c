package io.supportcenter.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.persistence.ops.JpaJobLeases;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A job's lease belongs to one node at a time, until it is given back or expires; a new job gets its row. */
class JobLeasePersistenceTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(2);

    @Test
    void oneHolderAtATimeUntilReleasedOrExpired() {
        try (TestDatabase db = TestDatabase.create().migrate()) {
            assertTrue(acquire(db, "mail", "node-a", NOW));
            assertFalse(acquire(db, "mail", "node-b", NOW.plusSeconds(60)), "node A holds it");
            assertTrue(acquire(db, "mail", "node-a", NOW.plusSeconds(60)), "the holder renews it");
            assertTrue(acquire(db, "inquiry", "node-b", NOW), "each job has its own lease");
            db.inTransaction(em -> {
                new JpaJobLeases(em).release("mail", "node-a", NOW.plusSeconds(61));
                return null;
            });
            assertTrue(acquire(db, "mail", "node-b", NOW.plusSeconds(62)), "given back, it goes to the next node at once");
            assertTrue(acquire(db, "mail", "node-a", NOW.plusSeconds(62).plus(TTL)), "node B died: its lease expired");
            assertTrue(acquire(db, "a-new-job", "node-a", NOW), "a job without a row gets one");
            assertFalse(acquire(db, "a-new-job", "node-b", NOW));
        }
    }

    private static boolean acquire(TestDatabase db, String job, String holder, Instant now) {
        return db.inTransaction(em -> new JpaJobLeases(em).acquire(job, holder, now, TTL));
    }
}
