package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.kb.Category;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.Team;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's question and everything that follows (SPEC §6). The lifecycle lives here:
 * NEW (nobody has it) → OPEN (an agent works it) → AWAITING_MEMBER (staff replied) → OPEN when the
 * member replies; any of them → CLOSED (by the member, by staff, or automatically after a period
 * in AWAITING_MEMBER); CLOSED → OPEN when the member reopens it. Anything else fails with a
 * {@link BusinessException} naming the rule. Every transition is recorded with who and when.
 * The id is the inquiry's readable number (its own sequence, from 100001).
 */
@Entity
@Table(name = "inquiry")
public class Inquiry {

    public static final int MAX_SUBJECT = 80;
    public static final int MAX_SUBJECT_WORDS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inquiry_seq")
    @SequenceGenerator(name = "inquiry_seq", sequenceName = "inquiry_seq", allocationSize = 1)
    private Long id;

    /** The key of the form that submitted it: a second Finish with the same key finds this inquiry. */
    @Column(name = "submission_key", nullable = false, unique = true, length = 64)
    private String submissionKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    /** Null once the SuperUser removed that user; the name stays. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "asked_by_id")
    private User askedBy;

    @Column(name = "asked_by_name", nullable = false, length = 120)
    private String askedByName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private StaffUser assignee;

    @Column(name = "subject", nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private InquiryStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "first_response_due", nullable = false)
    private Instant firstResponseDue;

    @Column(name = "first_responded_at")
    private Instant firstRespondedAt;

    /** Since when the member's answer is awaited; the auto-close period counts from here. */
    @Column(name = "awaiting_since")
    private Instant awaitingSince;

    /** When the member was reminded that the inquiry will close; at most once per waiting period. */
    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    /**
     * Every message changes the inquiry's own row (and so its version), even within the same instant:
     * a reply written against an older version is refused instead of crossing the new message unseen.
     */
    @Column(name = "message_count", nullable = false)
    private int messageCount;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason", length = 20)
    private CloseReason closeReason;

    @OneToMany(mappedBy = "inquiry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("postedAt, id")
    private List<InquiryMessage> messages = new ArrayList<>();

    @OneToMany(mappedBy = "inquiry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    private List<StateChange> history = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /**
     * The number of the change of the solved-inquiry index ({@link SimilarInquiryIndexer}) that took this inquiry's
     * last closing or reopening, so that every node finds what changed since its index was written; null before.
     */
    @Column(name = "index_change")
    private Long indexChange;

    protected Inquiry() {
        // for JPA
    }

    /**
     * A new inquiry from a member, routed to the team owning its category, due on the calendar.
     * Subject and question must already be valid (see {@link QuestionRules}).
     */
    public static Inquiry submit(String submissionKey, User askedBy, Category category, String subject, String question,
                                 Instant now, Instant firstResponseDue) {
        Objects.requireNonNull(submissionKey);
        QuestionRules.requireSubject(subject);
        QuestionRules.requireQuestion(question);
        Inquiry inquiry = new Inquiry();
        inquiry.submissionKey = submissionKey;
        inquiry.askedBy = askedBy;
        inquiry.askedByName = askedBy.getName();
        inquiry.account = askedBy.getAccount();
        inquiry.category = category;
        inquiry.team = category.getTeam();
        inquiry.subject = subject.strip();
        inquiry.submittedAt = now;
        inquiry.firstResponseDue = firstResponseDue;
        inquiry.lastActivityAt = now;
        inquiry.move(InquiryStatus.NEW, Author.member(askedBy.getId(), askedBy.getName()), now);
        inquiry.post(MessageKind.MEMBER, Author.member(askedBy.getId(), askedBy.getName()), question, false, now);
        return inquiry;
    }

    // --- staff ---------------------------------------------------------------------------------

    /** An agent takes the inquiry (or it is given to one): NEW or OPEN → OPEN. */
    public void assignTo(StaffUser agent, Author by, Instant now) {
        requireNotClosed();
        this.assignee = Objects.requireNonNull(agent);
        if (status == InquiryStatus.NEW) {
            move(InquiryStatus.OPEN, by, now);
        }
        lastActivityAt = now;
    }

    /** A reply the member reads; the member's turn: → AWAITING_MEMBER. */
    public InquiryMessage replyByStaff(Author staff, String body, Instant now) {
        requireNotClosed();
        requireStaff(staff);
        InquiryMessage reply = post(MessageKind.STAFF_REPLY, staff, body, false, now);
        if (firstRespondedAt == null) {
            firstRespondedAt = now;
        }
        awaitingSince = now;
        reminderSentAt = null;
        if (status != InquiryStatus.AWAITING_MEMBER) {
            move(InquiryStatus.AWAITING_MEMBER, staff, now);
        }
        return reply;
    }

    /** A note only staff read; changes nothing else. */
    public InquiryMessage addInternalNote(Author staff, String body, Instant now) {
        requireStaff(staff);
        return post(MessageKind.INTERNAL_NOTE, staff, body, false, now);
    }

    /** To another team, whose queue it joins unassigned (an OPEN inquiry becomes NEW there). */
    public void transferTo(Team other, Author by, Instant now) {
        requireNotClosed();
        if (team == other || (team.getId() != null && team.getId().equals(other.getId()))) {
            throw new BusinessException("inquiry.transfer.same-team");
        }
        team = other;
        assignee = null;
        if (status == InquiryStatus.OPEN) {
            move(InquiryStatus.NEW, by, now);
        }
        lastActivityAt = now;
    }

    public void closeByStaff(Author staff, Instant now) {
        requireStaff(staff);
        close(CloseReason.BY_STAFF, staff, now);
    }

    // --- member --------------------------------------------------------------------------------

    /**
     * The member adds to the conversation from the form with this key (once per key); an answer to staff hands the
     * turn back: AWAITING_MEMBER → OPEN.
     */
    public InquiryMessage replyByMember(Author member, String submissionKey, String body, Instant now) {
        InquiryMessage reply = replyByMember(member, body, now);
        reply.sentFrom(submissionKey);
        return reply;
    }

    /** The member adds to the conversation; an answer to staff hands the turn back: AWAITING_MEMBER → OPEN. */
    public InquiryMessage replyByMember(Author member, String body, Instant now) {
        if (status == InquiryStatus.CLOSED) {
            throw new BusinessException("inquiry.closed.reopen-instead");
        }
        QuestionRules.requireReply(body);
        InquiryMessage reply = post(MessageKind.MEMBER, member, body, false, now);
        if (status == InquiryStatus.AWAITING_MEMBER) {
            awaitingSince = null;
            reminderSentAt = null;
            move(InquiryStatus.OPEN, member, now);
        }
        return reply;
    }

    public void closeByMember(Author member, Instant now) {
        close(CloseReason.BY_MEMBER, member, now);
    }

    /** A closed inquiry opens again in the same team, with the member's message: CLOSED → OPEN. */
    public InquiryMessage reopen(Author member, String message, Instant now) {
        if (status != InquiryStatus.CLOSED) {
            throw new BusinessException("inquiry.reopen.not-closed");
        }
        QuestionRules.requireReply(message);
        InquiryMessage reopening = post(MessageKind.MEMBER, member, message, true, now);
        closedAt = null;
        closeReason = null;
        awaitingSince = null;
        reminderSentAt = null;
        move(InquiryStatus.OPEN, member, now);
        return reopening;
    }

    // --- system --------------------------------------------------------------------------------

    /** Whether the member has been silent for {@code period} while it was their turn. */
    public boolean isDueForAutoClose(Duration period, Instant now) {
        return status == InquiryStatus.AWAITING_MEMBER && awaitingSince != null && !awaitingSince.plus(period).isAfter(now);
    }

    public void closeAutomatically(Duration period, Instant now) {
        if (!isDueForAutoClose(period, now)) {
            throw new BusinessException("inquiry.auto-close.not-due");
        }
        close(CloseReason.AUTOMATIC, Author.SYSTEM, now);
    }

    /** Whether the member should now be reminded that the inquiry closes {@code before} the end of {@code period}. */
    public boolean isDueForReminder(Duration period, Duration before, Instant now) {
        return status == InquiryStatus.AWAITING_MEMBER && awaitingSince != null && reminderSentAt == null
                && !awaitingSince.plus(period).minus(before).isAfter(now) && awaitingSince.plus(period).isAfter(now);
    }

    public void remindedAt(Instant now) {
        reminderSentAt = now;
    }

    /** When it closes by itself, if it is the member's turn. */
    public Optional<Instant> autoClosesAt(Duration period) {
        return status == InquiryStatus.AWAITING_MEMBER && awaitingSince != null
                ? Optional.of(awaitingSince.plus(period)) : Optional.empty();
    }

    // --- as an earlier answer ------------------------------------------------------------------

    /** Closed after a staff reply: an answered question that agents may learn from. */
    public boolean isSolved() {
        return status == InquiryStatus.CLOSED && solvingReply().isPresent();
    }

    /** The member's question as first asked. */
    public String question() {
        return messages.stream().filter(m -> m.getKind() == MessageKind.MEMBER).findFirst().map(InquiryMessage::getBody).orElse("");
    }

    /** The last reply staff sent the member, which closed the question. */
    public Optional<String> solvingReply() {
        String last = null;
        for (InquiryMessage message : messages) {
            if (message.getKind() == MessageKind.STAFF_REPLY) {
                last = message.getBody();
            }
        }
        return Optional.ofNullable(last);
    }

    /** Records the index change that takes this inquiry's closing or reopening. */
    public void indexedAs(long change) {
        indexChange = change;
    }

    // --- internals -----------------------------------------------------------------------------

    private void close(CloseReason reason, Author by, Instant now) {
        if (status == InquiryStatus.CLOSED) {
            throw new BusinessException("inquiry.already-closed");
        }
        closedAt = now;
        closeReason = reason;
        awaitingSince = null;
        move(InquiryStatus.CLOSED, by, now);
    }

    private InquiryMessage post(MessageKind kind, Author author, String body, boolean reopening, Instant now) {
        if (body == null || body.isBlank()) {
            throw new BusinessException("inquiry.message.required");
        }
        if (body.length() > InquiryMessage.MAX_BODY) {
            throw new BusinessException("inquiry.message.too-long");
        }
        InquiryMessage message = new InquiryMessage(this, kind, author, body.strip(), reopening, now);
        messages.add(message);
        messageCount++;
        lastActivityAt = now;
        return message;
    }

    private void move(InquiryStatus to, Author by, Instant now) {
        history.add(new StateChange(this, status, to, by, now));
        status = to;
    }

    private void requireNotClosed() {
        if (status == InquiryStatus.CLOSED) {
            throw new BusinessException("inquiry.already-closed");
        }
    }

    private static void requireStaff(Author author) {
        if (!author.isStaff()) {
            throw new BusinessException("inquiry.staff-only");
        }
    }

    // --- reading -------------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    /** The number members and staff quote; the same as the id. */
    public long getNumber() {
        return id;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public Account getAccount() {
        return account;
    }

    public Optional<User> getAskedBy() {
        return Optional.ofNullable(askedBy);
    }

    public String getAskedByName() {
        return askedByName;
    }

    public Category getCategory() {
        return category;
    }

    public Team getTeam() {
        return team;
    }

    public Optional<StaffUser> getAssignee() {
        return Optional.ofNullable(assignee);
    }

    public String getSubject() {
        return subject;
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getFirstResponseDue() {
        return firstResponseDue;
    }

    /** Not answered yet, not closed, and past the time the first answer was due: the service level is breached. */
    public boolean isFirstResponseOverdue(Instant now) {
        return firstResponseOverdue(firstRespondedAt, firstResponseDue, status, now);
    }

    static boolean firstResponseOverdue(Instant respondedAt, Instant due, InquiryStatus status, Instant now) {
        return respondedAt == null && status != InquiryStatus.CLOSED && due.isBefore(now);
    }

    public Optional<Instant> getFirstRespondedAt() {
        return Optional.ofNullable(firstRespondedAt);
    }

    public Optional<Instant> getAwaitingSince() {
        return Optional.ofNullable(awaitingSince);
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Optional<Instant> getClosedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<CloseReason> getCloseReason() {
        return Optional.ofNullable(closeReason);
    }

    public List<InquiryMessage> getMessages() {
        return Collections.unmodifiableList(messages);
    }

    /** The conversation as the member sees it: without internal notes. */
    public List<InquiryMessage> getMemberVisibleMessages() {
        return messages.stream().filter(message -> message.getKind().isVisibleToMembers()).toList();
    }

    /** Who closed it, while it is closed: the author of the last move to CLOSED. */
    public Optional<Author> closedBy() {
        if (status != InquiryStatus.CLOSED) {
            return Optional.empty();
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            StateChange change = history.get(i);
            if (change.getTo() == InquiryStatus.CLOSED) {
                return Optional.of(new Author(change.getActor(), change.getActorName()));
            }
        }
        return Optional.empty();
    }

    public List<StateChange> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public long getVersion() {
        return version;
    }
}
