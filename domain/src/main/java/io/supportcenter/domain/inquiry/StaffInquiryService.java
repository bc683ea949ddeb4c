package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.account.User;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.DomainEvent;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.staff.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What staff do with an inquiry (the console pages come with the staff-console issue): claim it,
 * give it to an agent, reply (the member is emailed), write internal notes, close it, transfer it
 * to another team. The row is locked for each change, so two agents never overwrite each other.
 */
@ApplicationScoped
public class StaffInquiryService {


    /** What becomes of the inquiry once a reply is sent: the member's turn, or closed with the answer. */
    public enum AfterReply { WAIT_FOR_MEMBER, CLOSE }

    /** A page checks in every 20 seconds; one missed check-in is forgiven. */
    static final Duration VIEWING_WINDOW = Duration.ofSeconds(45);
    private static final Duration VIEWERS_KEPT = Duration.ofMinutes(10);

    private InquiryRepository inquiries;
    private StaffUserRepository staff;
    private TeamRepository teams;
    private Event<DomainEvent> events;
    private Supplier<ServiceLevels> levels;
    private Supplier<AttachmentPolicy> attachments;
    private Clock clock;

    protected StaffInquiryService() {
        // for CDI proxies
    }

    @Inject
    public StaffInquiryService(InquiryRepository inquiries, StaffUserRepository staff, TeamRepository teams, Event<DomainEvent> events, Supplier<ServiceLevels> levels, Supplier<AttachmentPolicy> attachments, Clock clock) {
        this.inquiries = inquiries;
        this.staff = staff;
        this.teams = teams;
        this.events = events;
        this.levels = levels;
        this.attachments = attachments;
        this.clock = clock;
    }

    @Transactional
    public void claim(Caller.Staff caller, InquiryNumber number) {
        StaffUser agent = agent(caller);
        workable(agent, number).assignTo(agent, InquiryParticipants.author(agent), clock.instant());
    }

    /** Gives the inquiry to someone else: supervisors and admins only, to an agent of its team or a supervisor. */
    @Transactional
    public void assign(Caller.Staff caller, InquiryNumber number, StaffId agentId) {
        StaffUser by = agent(caller);
        Inquiry inquiry = workable(by, number);
        if (!StaffAccess.mayAssignOthers(by)) {
            throw new BusinessException("inquiry.assign.supervisors-only");
        }
        StaffUser to = staff.findById(agentId.value()).filter(candidate -> StaffAccess.mayBeAssigned(candidate, inquiry))
                .orElseThrow(() -> new BusinessException("inquiry.assign.not-eligible"));
        inquiry.assignTo(to, InquiryParticipants.author(by), clock.instant());
    }

    /**
     * Replies to the member, whose turn it then is. {@code shownVersion} is the inquiry's version the agent was
     * looking at: when someone wrote meanwhile (the member, a colleague), the reply is refused so that the agent
     * reads the new messages first.
     */
    @Transactional
    public void reply(Caller.Staff caller, InquiryNumber number, long shownVersion, String body, List<NewAttachment> files) {
        reply(caller, number, shownVersion, body, files, AfterReply.WAIT_FOR_MEMBER);
    }

    /**
     * Replies to the member and, in the same step, leaves the inquiry waiting for the member or closes it (an answer
     * that settles the question). The member's email says which, and how to go on.
     */
    @Transactional
    public void reply(Caller.Staff caller, InquiryNumber number, long shownVersion, String body, List<NewAttachment> files, AfterReply after) {
        StaffUser agent = agent(caller);
        Inquiry inquiry = workable(agent, number);
        requireUnchanged(inquiry, shownVersion);
        attachments.get().requireCount(files.size());
        Instant now = clock.instant();
        Author author = InquiryParticipants.author(agent);
        InquiryMessage reply = inquiry.replyByStaff(author, body, now);
        for (NewAttachment file : files) {
            Attachment attachment = reply.attach(file, now);
            inquiries.flush();
            inquiries.addContent(new AttachmentContent(attachment.getId(), file.data()));
        }
        User recipient = inquiry.getAskedBy().filter(User::isEnabled).orElse(inquiry.getAccount().getSuperUser());
        if (after == AfterReply.CLOSE) {
            inquiry.closeByStaff(author, now);
            events.fire(new InquiryEvent.ClosedOrReopened(inquiry));
            events.fire(new InquiryEvent.RepliedAndClosed(inquiry, recipient));
            return;
        }
        events.fire(new InquiryEvent.Replied(inquiry, recipient, inquiry.autoClosesAt(levels.get().autoClose()).orElseThrow()));
    }

    @Transactional
    public void note(Caller.Staff caller, InquiryNumber number, long shownVersion, String body) {
        StaffUser agent = agent(caller);
        Inquiry inquiry = workable(agent, number);
        requireUnchanged(inquiry, shownVersion);
        inquiry.addInternalNote(InquiryParticipants.author(agent), body, clock.instant());
    }

    private static void requireUnchanged(Inquiry inquiry, long shownVersion) {
        if (inquiry.getVersion() != shownVersion) {
            throw new BusinessException("inquiry.changed-meanwhile");
        }
    }

    @Transactional
    public void close(Caller.Staff caller, InquiryNumber number) {
        StaffUser agent = agent(caller);
        Inquiry inquiry = workable(agent, number);
        inquiry.closeByStaff(InquiryParticipants.author(agent), clock.instant());
        events.fire(new InquiryEvent.ClosedOrReopened(inquiry));
    }

    /**
     * One inquiry's part of a change made from a queue to many at once, with the same checks as on its page and an
     * audit entry, in one transaction (see {@link InquiryBulkChanges}).
     */
    @Transactional
    public void changeInBulk(Caller.Staff caller, InquiryNumber number, BulkChange change) {
        switch (change.kind()) {
            case CLAIM -> claim(caller, number);
            case ASSIGN -> assign(caller, number, new StaffId(change.assigneeId()));
            case TRANSFER -> transfer(caller, number, change.teamCode());
            case CLOSE -> close(caller, number);
        }
        events.fire(new InquiryEvent.ChangedInBulk(caller, number.value(), change));
    }

    /** Hands the inquiry to another team's queue; an agent of the old team no longer reaches it. */
    @Transactional
    public void transfer(Caller.Staff caller, InquiryNumber number, String teamCode) {
        StaffUser agent = agent(caller);
        Inquiry inquiry = workable(agent, number);
        Team team = teams.findByCode(teamCode).orElseThrow(() -> new BusinessException("inquiry.transfer.team-unknown"));
        inquiry.transferTo(team, InquiryParticipants.author(agent), clock.instant());
    }

    /** The inquiry as staff see it (with internal notes), if this staff user may read it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InquiryViews.Detail> inquiry(Caller.Staff caller, InquiryNumber number) {
        StaffUser reader = agent(caller);
        return inquiries.findByNumber(number.value()).filter(inquiry -> StaffAccess.mayRead(reader, inquiry))
                .map(inquiry -> InquiryViews.Detail.of(inquiry, inquiry.getMessages(), levels.get().autoClose(), null));
    }

    /** A file of an inquiry this staff user may read (internal notes' files included); empty otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AttachmentDownload> download(Caller.Staff caller, long attachmentId) {
        StaffUser reader = agent(caller);
        return inquiries.findAttachment(attachmentId)
                .filter(attachment -> StaffAccess.mayRead(reader, attachment.getMessage().getInquiry()))
                .flatMap(attachment -> inquiries.findContent(attachmentId).map(content ->
                        new AttachmentDownload(attachment.getFileName(), attachment.getContentType(), content.getData())));
    }

    /**
     * The staff user has the inquiry open (the page checks in every few seconds); answers who else
     * has it open now. Check-ins older than a few minutes are dropped on the way.
     */
    @Transactional
    public List<String> viewing(Caller.Staff caller, InquiryNumber number) {
        StaffUser viewer = agent(caller);
        Instant now = clock.instant();
        Inquiry inquiry = inquiries.findByNumber(number.value()).filter(i -> StaffAccess.mayRead(viewer, i))
                .orElseThrow(() -> new BusinessException("inquiry.not-found"));
        inquiries.findViewer(inquiry.getId(), caller.staffId().value()).ifPresentOrElse(v -> v.seen(now),
                () -> inquiries.addViewer(new InquiryViewer(inquiry.getId(), caller.staffId().value(), viewer.getName(), now)));
        inquiries.removeViewersBefore(now.minus(VIEWERS_KEPT));
        return inquiries.viewersSince(inquiry.getId(), now.minus(VIEWING_WINDOW)).stream()
                .filter(v -> v.getStaffId() != caller.staffId().value()).map(InquiryViewer::getStaffName).toList();
    }

    /** What this staff user may do with the inquiry, so that the page offers only that. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Rights rights(Caller.Staff caller, InquiryNumber number) {
        StaffUser user = agent(caller);
        return inquiries.findByNumber(number.value()).map(inquiry -> new Rights(StaffAccess.mayWorkOn(user, inquiry),
                StaffAccess.mayWorkOn(user, inquiry) && StaffAccess.mayAssignOthers(user))).orElse(new Rights(false, false));
    }

    /** Who the inquiry could be assigned to, for a supervisor choosing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffName> assignable(InquiryNumber number) {
        return inquiries.findByNumber(number.value()).map(inquiry -> staff.findAll().stream()
                .filter(candidate -> StaffAccess.mayBeAssigned(candidate, inquiry))
                .map(candidate -> new StaffName(candidate.getId(), candidate.getName())).toList()).orElse(List.of());
    }

    /**
     * Whom inquiries of several teams could be given to at once (a queue's bulk assign): agents and supervisors who
     * are enabled; whether each inquiry may go to the one chosen is checked inquiry by inquiry.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffName> assignableInBulk() {
        return staff.findAll().stream()
                .filter(StaffAccess::mayBeAssignedAny)
                .map(candidate -> new StaffName(candidate.getId(), candidate.getName())).toList();
    }

    /** An account's latest inquiries, for the account page of the console (any staff user sees the list). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InquiryViews.Summary> ofAccount(Caller.Staff caller, long accountId, int max) {
        agent(caller);
        return inquiries.findByAccount(accountId, null, 0, max).stream().map(inquiry -> InquiryViews.Summary.of(inquiry, null)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Team> teams() {
        return teams.findAll();
    }

    /** What the console offers on an inquiry. */
    public record Rights(boolean work, boolean assignOthers) implements Serializable {
    }

    /** A staff user to choose from. */
    public record StaffName(long id, String name) implements Serializable {
    }

    /** The inquiry, locked for the change, if this staff user may work on it; else as if it did not exist. */
    private Inquiry workable(StaffUser staffUser, InquiryNumber number) {
        Inquiry inquiry = locked(number);
        if (!StaffAccess.mayWorkOn(staffUser, inquiry)) {
            throw new BusinessException(StaffAccess.mayRead(staffUser, inquiry) ? "inquiry.read-only" : "inquiry.not-found");
        }
        return inquiry;
    }

    private Inquiry locked(InquiryNumber number) {
        return inquiries.lockByNumber(number.value()).orElseThrow(() -> new BusinessException("inquiry.not-found"));
    }

    private StaffUser agent(Caller.Staff caller) {
        return staff.requireEnabled(caller);
    }
}
