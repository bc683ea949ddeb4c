package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.kb.IndexVersion;
import io.supportcenter.domain.kb.KnowledgeBaseChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Keeps this node's solved-inquiry index in step with the database. Every closing and reopening takes a number from
 * {@link InquiryIndexChanges} in its own transaction and goes into this node's index once committed; every node then
 * looks every few seconds ({@link #refresh}) and takes the inquiries changed since the number its index reflects.
 * Only an index that reflects nothing of this database (new, lost, or another database's) is built from every
 * solved inquiry, read in batches.
 */
@ApplicationScoped
public class SimilarInquiryIndexer {

    /** What a refresh did. */
    public enum Refresh { NONE, CHANGES, FULL }

    static final int BATCH = 500;

    private InquiryRepository inquiries;
    private SimilarInquiryIndex index;
    private InquiryIndexChanges changes;
    private KnowledgeBaseChanges database;
    private Event<Indexed> indexed;
    /** The version this node's index reflects, once known. */
    private volatile IndexVersion reflected;

    protected SimilarInquiryIndexer() {
        // for CDI proxies
    }

    @Inject
    public SimilarInquiryIndexer(InquiryRepository inquiries, SimilarInquiryIndex index, InquiryIndexChanges changes,
                                 KnowledgeBaseChanges database, Event<Indexed> indexed) {
        this.inquiries = inquiries;
        this.index = index;
        this.changes = changes;
        this.database = database;
        this.indexed = indexed;
    }

    /** What this node's index takes of a closing or reopening once it is committed. */
    public record Indexed(IndexedInquiry inquiry) {
    }

    /** In the change's transaction: numbers the change, and hands what the index needs to {@link #take} after the commit. */
    public void numbered(@Observes InquiryEvent.ClosedOrReopened change) {
        Inquiry inquiry = change.inquiry();
        inquiry.indexedAs(changes.raise());
        indexed.fire(new Indexed(IndexedInquiry.of(inquiry)));
    }

    /** This node's own change is in its index at once (the agent opens the next inquiry right after). */
    public void take(@Observes(during = TransactionPhase.AFTER_SUCCESS) Indexed change) {
        index.update(change.inquiry());
    }

    /**
     * Brings the index up to the current change; says what that took. Runs in a transaction because it is called from
     * a scheduled thread, where an entity manager used outside a transaction is closed after the first call.
     */
    @Transactional
    public synchronized Refresh refresh() {
        long current = changes.current();
        if (reflected != null && reflected.change() == current) {
            return Refresh.NONE;
        }
        String key = database.databaseKey();
        IndexVersion from = IndexVersion.resumeFrom(reflected, index.version(), key, current);
        IndexVersion to = new IndexVersion(key, current);
        if (from == null) {
            index.rebuild(() -> new SolvedInBatches(inquiries), to);
            reflected = to;
            return Refresh.FULL;
        }
        if (from.change() == current) {
            reflected = to;
            return Refresh.NONE;
        }
        // An inquiry changed after "current" was read is indexed now and again next time: harmless.
        index.apply(inquiries.findIndexChangedAfter(from.change()).stream().map(IndexedInquiry::of).toList(), to);
        reflected = to;
        return Refresh.CHANGES;
    }

    /** Every solved inquiry, by id, a batch at a time, so that a full build never holds them all. */
    private static final class SolvedInBatches implements Iterator<IndexedInquiry> {

        private final InquiryRepository inquiries;
        private Iterator<IndexedInquiry> batch = List.<IndexedInquiry>of().iterator();
        private long after;
        private boolean last;

        SolvedInBatches(InquiryRepository inquiries) {
            this.inquiries = inquiries;
        }

        @Override
        public boolean hasNext() {
            while (!batch.hasNext() && !last) {
                List<Inquiry> next = inquiries.findSolvedAfter(after, BATCH);
                last = next.size() < BATCH;
                if (!next.isEmpty()) {
                    after = next.get(next.size() - 1).getId();
                }
                batch = next.stream().map(IndexedInquiry::of).toList().iterator();
                inquiries.forget(next);
            }
            return batch.hasNext();
        }

        @Override
        public IndexedInquiry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.next();
        }
    }
}
