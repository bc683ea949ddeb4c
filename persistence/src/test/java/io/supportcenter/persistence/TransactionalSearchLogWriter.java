package io.supportcenter.persistence;

import io.supportcenter.domain.kb.SearchLogEntry;
import io.supportcenter.persistence.kb.BatchedSearchLog;
import io.supportcenter.persistence.kb.SearchLogWriter;
import java.util.List;

/** The search log's writer as the container runs it: each call in a transaction of its own. */
class TransactionalSearchLogWriter extends SearchLogWriter {

    private final TestDatabase db;

    TransactionalSearchLogWriter(TestDatabase db) {
        this.db = db;
    }

    @Override
    public long nextId() {
        return db.inTransaction(em -> new SearchLogWriter(em).nextId());
    }

    @Override
    public void write(List<SearchLogEntry> searches, List<BatchedSearchLog.Opened> openings) {
        db.inTransaction(em -> {
            new SearchLogWriter(em).write(searches, openings);
            return null;
        });
    }
}
