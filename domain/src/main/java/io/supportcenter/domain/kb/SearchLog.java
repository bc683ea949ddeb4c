package io.supportcenter.domain.kb;

import io.supportcenter.domain.account.AccountType;
import java.time.Instant;

/**
 * Port to the search log, written off the reader's request: a search gets its id at once (its results
 * link to it, so that a topic opened from them is credited to it) and reaches the database in batches,
 * at the latest when the node stops. A report that reads the log asks for a {@link #flush()} first, so
 * that it counts this node's searches up to that moment.
 */
public interface SearchLog {

    /** Queues one search and returns the id it is stored under. */
    long record(String query, int resultCount, AccountType reader, Instant searchedAt);

    /** Credits a search with the topic a reader opened from its results; applied after the search is written. */
    void opened(long searchId, long topicId);

    /** Writes every search and credit queued so far on this node; returns how many searches it wrote. */
    int flush();
}
