package io.supportcenter.domain.kb;

/**
 * Port to a counter that every knowledge-base edit raises, so that each node (with its own search
 * index and no shared disk) can see within seconds that it must refresh, and which topics changed since
 * its index was written (each changed topic carries the number of its change).
 */
public interface KnowledgeBaseChanges {

    /** Raises the counter in the caller's transaction; returns the number of this change. */
    long raise();

    long current();

    /**
     * A key that names this database's knowledge base for good (made on first use), so that an index kept on
     * disk is never taken for another database's, for example after the database was created anew.
     */
    String databaseKey();
}
