package io.supportcenter.domain.inquiry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port to the inquiries; implemented in the persistence module. */
public interface InquiryRepository {

    void add(Inquiry inquiry);

    Optional<Inquiry> findByNumber(long number);

    /** Locks the inquiry's row for this transaction (jobs and concurrent staff actions). */
    Optional<Inquiry> lockByNumber(long number);

    /** Whether a message sent from the form with this key is in the inquiry, as the database has it now. */
    boolean hasMessageFrom(long number, String submissionKey);

    Optional<Inquiry> findBySubmissionKey(String key);

    /** An account's inquiries, most recently active first, optionally of one status, one page. */
    List<Inquiry> findByAccount(long accountId, InquiryStatus status, int first, int max);

    long countByAccount(long accountId, InquiryStatus status);

    /** A page of a staff queue, the first response due soonest first. */
    List<Inquiry> findQueue(QueueCriteria criteria, int first, int max);

    long countQueue(QueueCriteria criteria);

    /**
     * The number of the inquiry that follows this one in a queue, in the queue's order (whether this one is still in
     * the queue or has just left it), or else the queue's first other than this one; empty when there is none.
     */
    Optional<Long> findNextInQueue(QueueCriteria criteria, long afterNumber);

    /**
     * Numbers of inquiries awaiting the member since {@code closeBefore} or earlier (due to close), or since
     * {@code remindBefore} or earlier and not reminded yet (due a reminder), longest waiting first, at most {@code limit}.
     */
    List<Long> findDueForJobs(Instant closeBefore, Instant remindBefore, int limit);

    /** When each of the team's inquiries first answered in [{@code from}, {@code to}) was sent and first answered. */
    List<FirstResponse> findFirstResponses(long teamId, Instant from, Instant to);

    record FirstResponse(Instant submittedAt, Instant respondedAt) {
    }

    /** These inquiries, in the order of {@code numbers}, with their messages; numbers of none are left out. */
    List<Inquiry> findByNumbers(List<Long> numbers);

    /** The inquiries closed or reopened in a change of the solved-inquiry index after {@code change}. */
    List<Inquiry> findIndexChangedAfter(long change);

    /** Up to {@code max} closed inquiries with a staff reply, by id, after the one with id {@code afterId}. */
    List<Inquiry> findSolvedAfter(long afterId, int max);

    /** Lets go of inquiries read for a long pass (a full index build), so that the pass never holds them all. */
    void forget(List<Inquiry> read);

    /** Writes pending changes, so that new attachments have their ids. */
    void flush();

    void addContent(AttachmentContent content);

    Optional<Attachment> findAttachment(long attachmentId);

    Optional<AttachmentContent> findContent(long attachmentId);

    void addDeflection(Deflection deflection);

    Optional<InquiryDraft> findDraft(long userId);

    void addDraft(InquiryDraft draft);

    void removeDraft(long userId);

    Optional<InquiryViewer> findViewer(long inquiryId, long staffId);

    void addViewer(InquiryViewer viewer);

    /** Who was seen on the inquiry since then, longest there first. */
    List<InquiryViewer> viewersSince(long inquiryId, Instant since);

    void removeViewersBefore(Instant before);

    /** A team's saved replies by title. */
    List<SavedReply> savedReplies(long teamId);

    /** Every team's saved replies, by team and title. */
    List<SavedReply> allSavedReplies();

    Optional<SavedReply> findSavedReply(long id);

    void addSavedReply(SavedReply reply);

    void removeSavedReply(SavedReply reply);
}
