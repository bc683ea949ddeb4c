package io.supportcenter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.kb.SearchLogEntry;
import io.supportcenter.persistence.kb.BatchedSearchLog;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Searches are logged off the request: each has its id at once, waits for the next flush, and reaches the
 * database with the topic opened from its results; a batch the database refuses waits for the next flush.
 */
class SearchLogPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    @Test
    void searchesWaitForTheFlushAndLandWithTheTopicsOpenedFromThem() {
        try (TestDatabase db = TestDatabase.create().migrate()) {
            BatchedSearchLog log = new BatchedSearchLog(new TransactionalSearchLogWriter(db));
            long first = log.record("reset password", 2, AccountType.PUBLISHER, NOW);
            long second = log.record("invoices", 0, AccountType.ADVERTISER, NOW);
            long anonymous = log.record("sign up", 1, null, NOW);
            assertEquals(3, List.of(first, second, anonymous).stream().distinct().count(), "each search has its own id");
            log.opened(first, 11L);
            assertEquals(0, db.count("SELECT COUNT(*) FROM kb_search_log"), "nothing is written before the flush");

            assertEquals(3, log.flush());
            assertEquals(3, db.count("SELECT COUNT(*) FROM kb_search_log"));
            assertEquals(1, db.count("SELECT COUNT(*) FROM kb_search_log WHERE id = " + first
                    + " AND query_text = 'reset password' AND result_count = 2 AND account_type = 'PUBLISHER' AND opened_topic_id = 11"));
            assertEquals(1, db.count("SELECT COUNT(*) FROM kb_search_log WHERE id = " + anonymous + " AND account_type IS NULL"));

            log.opened(second, 12L); // its search was written by the earlier batch
            long third = log.record("invoices", 0, AccountType.ADVERTISER, NOW);
            assertEquals(1, log.flush());
            assertEquals(1, db.count("SELECT COUNT(*) FROM kb_search_log WHERE id = " + second + " AND opened_topic_id = 12"));
            assertNotEquals(third, second);
            assertEquals(0, log.flush(), "nothing waits any more");
        }
    }

    @Test
    void aBatchTheDatabaseRefusedIsWrittenByTheNextFlush() {
        try (TestDatabase db = TestDatabase.create().migrate()) {
            AtomicBoolean down = new AtomicBoolean(true);
            BatchedSearchLog log = new BatchedSearchLog(new TransactionalSearchLogWriter(db) {
                @Override
                public void write(List<SearchLogEntry> searches, List<BatchedSearchLog.Opened> openings) {
                    if (down.get()) {
                        throw new IllegalStateException("database unreachable");
                    }
                    super.write(searches, openings);
                }
            });
            long search = log.record("payout threshold", 3, AccountType.PUBLISHER, NOW);
            log.opened(search, 21L);
            assertThrows(IllegalStateException.class, log::flush);
            long later = log.record("payout threshold", 3, AccountType.PUBLISHER, NOW);

            down.set(false);
            assertEquals(2, log.flush(), "the refused batch and the search made since");
            assertEquals(1, db.count("SELECT COUNT(*) FROM kb_search_log WHERE id = " + search + " AND opened_topic_id = 21"));
            assertEquals(1, db.count("SELECT COUNT(*) FROM kb_search_log WHERE id = " + later + " AND opened_topic_id IS NULL"));
        }
    }
}
