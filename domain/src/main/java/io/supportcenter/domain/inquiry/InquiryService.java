package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.account.User;
import io.supportcenter.domain.account.UserRepository;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.kb.Category;
import io.supportcenter.domain.kb.CategoryRepository;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What members do with inquiries: ask, read their account's history, reply, close, reopen, download
 * attachments.get(). Every method takes the signed-in user's id and only ever touches inquiries of that
 * user's account; anything else is answered as if it did not exist.
 */
@ApplicationScoped
public class InquiryService {


    private InquiryRepository inquiries;
    private UserRepository users;
    private CategoryRepository categories;
    private Event<DomainEvent> events;
    private Supplier<ServiceLevels> levels;
    private Supplier<AttachmentPolicy> attachments;
    private AnswerTimes answerTimes;
    private Clock clock;

    protected InquiryService() {
        // for CDI proxies
    }

    @Inject
    public InquiryService(InquiryRepository inquiries, UserRepository users, CategoryRepository categories, Event<DomainEvent> events,
                          Supplier<ServiceLevels> levels, Supplier<AttachmentPolicy> attachments, AnswerTimes answerTimes,
                          Clock clock) {
        this.inquiries = inquiries;
        this.users = users;
        this.categories = categories;
        this.events = events;
        this.levels = levels;
        this.attachments = attachments;
        this.answerTimes = answerTimes;
        this.clock = clock;
    }

    /**
     * Saves a question, routes it to the team owning its category and emails the member. The same
     * {@code submissionKey} twice (a double click, a refresh) answers with the inquiry saved the first time.
     */
    @Transactional
    public InquiryViews.Submitted submit(Caller.Member caller, String submissionKey, String categorySlug, String subject, String question,
                                         List<NewAttachment> files) {
        User user = member(caller);
        Optional<Inquiry> earlier = inquiries.findBySubmissionKey(submissionKey);
        if (earlier.isPresent() && earlier.get().getAccount().getId().equals(user.getAccount().getId())) {
            return submitted(earlier.get(), answerTimes.usualWait(earlier.get().getTeam().getId()));
        }
        Category category = leafCategory(categorySlug);
        attachments.get().requireCount(files.size());
        Instant now = clock.instant();
        Inquiry inquiry = Inquiry.submit(submissionKey, user, category, subject, question, now, levels.get().firstResponseDue(now));
        inquiries.add(inquiry);
        store(inquiry.getMessages().get(0), files, now);
        inquiries.removeDraft(caller.userId().value());
        UsualWait usual = answerTimes.usualWait(inquiry.getTeam().getId());
        events.fire(new InquiryEvent.Received(inquiry, user, usual));
        return submitted(inquiry, usual);
    }

    /** What the first Finish with this key saved, if it was this user's account. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InquiryViews.Submitted> submittedWith(Caller.Member caller, String submissionKey) {
        User user = member(caller);
        return inquiries.findBySubmissionKey(submissionKey)
                .filter(inquiry -> inquiry.getAccount().getId().equals(user.getAccount().getId()))
                .map(inquiry -> submitted(inquiry, answerTimes.usualWait(inquiry.getTeam().getId())));
    }

    /** A suggested topic answered the question: nothing is submitted, the deflection is counted. */
    @Transactional
    public void answeredByTopic(Caller.Member caller, long topicId, String categorySlug, String subject) {
        User user = member(caller);
        Long categoryId = categorySlug == null ? null : categories.findBySlug(categorySlug).map(Category::getId).orElse(null);
        inquiries.addDeflection(new Deflection(user.getAccount().getId(), caller.userId().value(), categoryId, topicId, subject, clock.instant()));
        inquiries.removeDraft(caller.userId().value());
    }

    /** Keeps what the member has typed so far, so that nothing is lost if the session ends. */
    @Transactional
    public void keepDraft(Caller.Member caller, String categorySlug, String subject, String question) {
        member(caller);
        InquiryDraft draft = inquiries.findDraft(caller.userId().value()).orElseGet(() -> {
            InquiryDraft created = new InquiryDraft(caller.userId().value());
            inquiries.addDraft(created);
            return created;
        });
        draft.keep(categorySlug, subject, question, clock.instant());
    }

    /** What the member typed last time and has not sent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InquiryViews.Draft> draft(Caller.Member caller) {
        return inquiries.findDraft(caller.userId().value()).map(d -> new InquiryViews.Draft(d.getCategorySlug(), d.getSubject(), d.getQuestion()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InquiryViews.Summary> history(Caller.Member caller, InquiryStatus status, int first, int max) {
        return inquiries.findByAccount(member(caller).getAccount().getId(), status, first, max).stream()
                .map(inquiry -> InquiryViews.Summary.of(inquiry, reader(caller))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Caller.Member caller, InquiryStatus status) {
        return inquiries.countByAccount(member(caller).getAccount().getId(), status);
    }

    /** One inquiry of the user's account, without internal notes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InquiryViews.Detail> inquiry(Caller.Member caller, InquiryNumber number) {
        return own(caller, number).map(inquiry -> detail(inquiry, caller));
    }

    /**
     * Adds the member's reply, once per {@code submissionKey}: the same form sent again (a double click, a resend)
     * adds nothing. Two sends racing each other queue on the inquiry's row lock; the second then finds the first's
     * reply in the database (not in a cache that may not have heard of it yet) and adds nothing.
     */
    @Transactional
    public void reply(Caller.Member caller, InquiryNumber number, String submissionKey, String body, List<NewAttachment> files) {
        User user = member(caller);
        Inquiry inquiry = ownOrRefuse(user, number);
        if (inquiries.hasMessageFrom(number.value(), submissionKey)) {
            return;
        }
        attachments.get().requireCount(files.size());
        Instant now = clock.instant();
        store(inquiry.replyByMember(InquiryParticipants.author(user), submissionKey, body, now), files, now);
    }

    /** Whether the member's reply from the form with this key is in the inquiry (of the user's account). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean repliedWith(Caller.Member caller, InquiryNumber number, String submissionKey) {
        return own(caller, number).isPresent() && inquiries.hasMessageFrom(number.value(), submissionKey);
    }

    @Transactional
    public void close(Caller.Member caller, InquiryNumber number) {
        User user = member(caller);
        Inquiry inquiry = ownOrRefuse(user, number);
        inquiry.closeByMember(InquiryParticipants.author(user), clock.instant());
        events.fire(new InquiryEvent.ClosedOrReopened(inquiry));
    }

    @Transactional
    public void reopen(Caller.Member caller, InquiryNumber number, String message) {
        User user = member(caller);
        Inquiry inquiry = ownOrRefuse(user, number);
        inquiry.reopen(InquiryParticipants.author(user), message, clock.instant());
        events.fire(new InquiryEvent.ClosedOrReopened(inquiry));
        events.fire(new InquiryEvent.Reopened(inquiry, user));
    }

    /** An attachment of an inquiry of the user's account (else empty, as if it did not exist). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AttachmentDownload> download(Caller.Member caller, long attachmentId) {
        User user = member(caller);
        return inquiries.findAttachment(attachmentId)
                .filter(attachment -> attachment.getMessage().getKind().isVisibleToMembers())
                .filter(attachment -> attachment.getMessage().getInquiry().getAccount().getId().equals(user.getAccount().getId()))
                .flatMap(attachment -> inquiries.findContent(attachmentId).map(content ->
                        new AttachmentDownload(attachment.getFileName(), attachment.getContentType(), content.getData())));
    }

    private InquiryViews.Detail detail(Inquiry inquiry, Caller.Member caller) {
        return InquiryViews.Detail.of(inquiry, inquiry.getMemberVisibleMessages(), levels.get().autoClose(), reader(caller));
    }

    /** The member reading, as the record names who did what (the name does not matter for comparing). */
    private static Author reader(Caller.Member caller) {
        return Author.member(caller.userId().value(), "");
    }

    private void store(InquiryMessage message, List<NewAttachment> files, Instant now) {
        for (NewAttachment file : files) {
            Attachment attachment = message.attach(file, now);
            inquiries.flush();
            inquiries.addContent(new AttachmentContent(attachment.getId(), file.data()));
        }
    }

    private Category leafCategory(String categorySlug) {
        if (categorySlug == null || categorySlug.isBlank()) {
            throw new BusinessException("inquiry.category.required");
        }
        Category category = categories.findBySlug(categorySlug).orElseThrow(() -> new BusinessException("inquiry.category.required"));
        if (categories.findAll().stream().anyMatch(other -> other.getParent().filter(category::equals).isPresent())) {
            throw new BusinessException("inquiry.category.leaf-required", category.getName());
        }
        return category;
    }

    private Optional<Inquiry> own(Caller.Member caller, InquiryNumber number) {
        User user = member(caller);
        return inquiries.findByNumber(number.value()).filter(inquiry -> inquiry.getAccount().getId().equals(user.getAccount().getId()));
    }

    /** The inquiry, locked for this transaction so that the member's changes and the staff's queue up, not clash. */
    private Inquiry ownOrRefuse(User user, InquiryNumber number) {
        return inquiries.lockByNumber(number.value()).filter(inquiry -> inquiry.getAccount().getId().equals(user.getAccount().getId()))
                .orElseThrow(() -> new BusinessException("inquiry.not-found"));
    }

    private User member(Caller.Member caller) {
        User user = users.findById(caller.userId().value()).orElseThrow(() -> new BusinessException("inquiry.not-found"));
        if (!user.isEnabled() || !user.getAccount().getStatus().isActive()) {
            throw new BusinessException("inquiry.member-inactive");
        }
        return user;
    }

    private static InquiryViews.Submitted submitted(Inquiry inquiry, UsualWait usual) {
        return new InquiryViews.Submitted(inquiry.getNumber(), inquiry.getTeam().getName(), inquiry.getFirstResponseDue(), usual);
    }
}
