package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.kb.IndexVersion;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Port to the full-text index of solved inquiries (Lucene in the persistence module), which finds the earlier
 * answers most like a new question. Each node keeps its own, on its disk where it has one, as it keeps the topic
 * index: brought up to date with the inquiries closed or reopened since the version it reflects.
 */
public interface SimilarInquiryIndex {

    /** What the index reflects, if it was kept from an earlier start (on disk). */
    Optional<IndexVersion> version();

    /** Replaces the whole index with these inquiries (read lazily, in batches), which make {@code version}. */
    void rebuild(Iterable<IndexedInquiry> solved, IndexVersion version);

    /** Adds, replaces or removes these inquiries; the index then reflects {@code version}. */
    void apply(Collection<IndexedInquiry> changed, IndexVersion version);

    /** Adds, replaces or removes one inquiry at once, ahead of its change. */
    void update(IndexedInquiry inquiry);

    /**
     * The ids of up to {@code max} solved inquiries of the team most like this question (subject and text), best
     * first, leaving out the inquiry {@code except} itself: those closed since {@code recentSince}, and only when
     * they are fewer than {@code max}, the most like it of all.
     */
    List<Long> similar(String subject, String question, long teamId, long except, Instant recentSince, int max);

    /**
     * The solved inquiries closed since {@code since}, in groups of the same question asked again, within each
     * category: every group of at least {@code minSize}, largest first, each by id with the example the others are
     * alike to first.
     */
    List<List<Long>> repeated(Instant since, int minSize);
}
