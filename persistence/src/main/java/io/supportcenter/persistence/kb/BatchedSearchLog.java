package io.supportcenter.persistence.kb;

import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.kb.SearchLog;
import io.supportcenter.domain.kb.SearchLogEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * The search log of this node: searches and credits wait in memory until the next {@link #flush()} (a job
 * runs it every few seconds, a report before it reads, the web tier when the application stops, while its
 * data source is still there), so that a search page
 * costs no write. While the database cannot take them, at most {@link #MOST_WAITING} searches wait; older
 * ones are then dropped and counted in the log, so that an outage never costs the node its memory.
 */
@ApplicationScoped
public class BatchedSearchLog implements SearchLog {

    static final int MOST_WAITING = 50_000;
    private static final Logger LOG = Logger.getLogger(BatchedSearchLog.class.getName());

    /** A topic opened from the results of a search. */
    public record Opened(long searchId, long topicId) {
    }

    private SearchLogWriter writer;
    private final Object queue = new Object();
    private ArrayDeque<SearchLogEntry> searches = new ArrayDeque<>();
    private ArrayDeque<Opened> openings = new ArrayDeque<>();
    private long dropped;
    /** One batch at a time, so that a credit for a search of an earlier batch finds its row written. */
    private final ReentrantLock writing = new ReentrantLock();

    protected BatchedSearchLog() {
        // for CDI proxies
    }

    @Inject
    public BatchedSearchLog(SearchLogWriter writer) {
        this.writer = writer;
    }

    @Override
    public long record(String query, int resultCount, AccountType reader, Instant searchedAt) {
        SearchLogEntry search = new SearchLogEntry(writer.nextId(), query, resultCount, reader, searchedAt);
        synchronized (queue) {
            searches.addLast(search);
            dropped += trim(searches);
        }
        return search.getId();
    }

    @Override
    public void opened(long searchId, long topicId) {
        synchronized (queue) {
            openings.addLast(new Opened(searchId, topicId));
            dropped += trim(openings);
        }
    }

    @Override
    public int flush() {
        writing.lock();
        try {
            ArrayDeque<SearchLogEntry> batch;
            ArrayDeque<Opened> credits;
            long lost;
            synchronized (queue) {
                batch = searches;
                credits = openings;
                lost = dropped;
                searches = new ArrayDeque<>();
                openings = new ArrayDeque<>();
                dropped = 0;
            }
            if (lost > 0) {
                LOG.warning(() -> "The search log could not be written for a while: " + lost + " searches and credits were dropped");
            }
            if (batch.isEmpty() && credits.isEmpty()) {
                return 0;
            }
            try {
                writer.write(List.copyOf(batch), List.copyOf(credits));
            } catch (RuntimeException e) {
                putBack(batch, credits);
                throw e;
            }
            return batch.size();
        } finally {
            writing.unlock();
        }
    }

    private void putBack(ArrayDeque<SearchLogEntry> batch, ArrayDeque<Opened> credits) {
        synchronized (queue) {
            batch.addAll(searches);
            credits.addAll(openings);
            searches = batch;
            openings = credits;
            dropped += trim(searches) + trim(openings);
        }
    }

    private static int trim(ArrayDeque<?> waiting) {
        int trimmed = 0;
        while (waiting.size() > MOST_WAITING) {
            waiting.pollFirst();
            trimmed++;
        }
        return trimmed;
    }
}
