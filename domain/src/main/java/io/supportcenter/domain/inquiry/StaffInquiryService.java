package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.account.User;
import io.supportcenter.domain.mail.MailRequest;
import io.supportcenter.domain.mail.Outbox;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.staff.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What staff do with an inquiry (the console pages come with the staff-console issue): claim it,
 * give it to an agent, reply (the member is emailed), write internal notes, close it, transfer it
 * to another team. The row is locked for each change, so two agents never overwrite each other.
 */
@ApplicationScoped
public class StaffInquiryService {

    public static final String MAIL_REPLIED = "inquiry.replied";

    private InquiryRepository inquiries;
    private StaffUserRepository staff;
    private TeamRepository teams;
    private Outbox outbox;
    private ServiceLevels levels;
    private AttachmentPolicy attachments;
    private Clock clock;

    protected StaffInquiryService() {
        // for CDI proxies
    }

    @Inject
    public StaffInquiryService(InquiryRepository inquiries, StaffUserRepository staff, TeamRepository teams, Outbox outbox,
                               ServiceLevels levels, AttachmentPolicy attachments, Clock clock) {
        this.inquiries = inquiries;
        this.staff = staff;
        this.teams = teams;
        this.outbox = outbox;
        this.levels = levels;
        this.attachments = attachments;
        this.clock = clock;
    }

    @Transactional
    public void claim(long staffId, long number) {
        StaffUser agent = agent(staffId);
        locked(number).assignTo(agent, InquiryParticipants.author(agent), clock.instant());
    }

    @Transactional
    public void assign(long staffId, long number, long agentId) {
        StaffUser by = agent(staffId);
        locked(number).assignTo(agent(agentId), InquiryParticipants.author(by), clock.instant());
    }

    @Transactional
    public void reply(long staffId, long number, String body, List<NewAttachment> files) {
        StaffUser agent = agent(staffId);
        Inquiry inquiry = locked(number);
        attachments.requireCount(files.size());
        Instant now = clock.instant();
        InquiryMessage reply = inquiry.replyByStaff(InquiryParticipants.author(agent), body, now);
        for (NewAttachment file : files) {
            Attachment attachment = reply.attach(file, now);
            inquiries.flush();
            inquiries.addContent(new AttachmentContent(attachment.getId(), file.data()));
        }
        User recipient = inquiry.getAskedBy().filter(User::isEnabled).orElse(inquiry.getAccount().getSuperUser());
        outbox.enqueue(MailRequest.of(MAIL_REPLIED, recipient.getEmail(), recipient.getLanguage(),
                InquiryService.values(inquiry, recipient, "closes", MemberTimes.format(
                        inquiry.autoClosesAt(levels.autoClose()).orElseThrow(), recipient.getLanguage(), recipient.getTimeZone()))));
    }

    @Transactional
    public void note(long staffId, long number, String body) {
        StaffUser agent = agent(staffId);
        locked(number).addInternalNote(InquiryParticipants.author(agent), body, clock.instant());
    }

    @Transactional
    public void close(long staffId, long number) {
        StaffUser agent = agent(staffId);
        locked(number).closeByStaff(InquiryParticipants.author(agent), clock.instant());
    }

    @Transactional
    public void transfer(long staffId, long number, String teamCode) {
        StaffUser agent = agent(staffId);
        Team team = teams.findAll().stream().filter(t -> t.getCode().equals(teamCode)).findFirst()
                .orElseThrow(() -> new BusinessException("inquiry.transfer.team-unknown"));
        locked(number).transferTo(team, InquiryParticipants.author(agent), clock.instant());
    }

    /** The inquiry as staff see it: with internal notes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InquiryViews.Detail> inquiry(long number) {
        return inquiries.findByNumber(number).map(inquiry -> InquiryViews.Detail.of(inquiry, inquiry.getMessages(), levels.autoClose()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Team> teams() {
        return teams.findAll();
    }

    private Inquiry locked(long number) {
        return inquiries.lockByNumber(number).orElseThrow(() -> new BusinessException("inquiry.not-found"));
    }

    private StaffUser agent(long staffId) {
        return staff.findById(staffId).orElseThrow(() -> new BusinessException("inquiry.staff-only"));
    }
}
