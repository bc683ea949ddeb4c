package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.staff.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Saved replies per team: agents insert one of their inquiry's team into a reply, its placeholders
 * filled; supervisors and admins keep the lists.
 */
@ApplicationScoped
public class SavedReplies {

    /** A saved reply as lists and forms show it. */
    public record View(long id, String teamCode, String teamName, String title, String body) implements Serializable {

        static View of(SavedReply reply) {
            return new View(reply.getId(), reply.getTeam().getCode(), reply.getTeam().getName(), reply.getTitle(), reply.getBody());
        }
    }

    private InquiryRepository inquiries;
    private StaffUserRepository staff;
    private TeamRepository teams;

    protected SavedReplies() {
        // for CDI proxies
    }

    @Inject
    public SavedReplies(InquiryRepository inquiries, StaffUserRepository staff, TeamRepository teams) {
        this.inquiries = inquiries;
        this.staff = staff;
        this.teams = teams;
    }

    /** The saved replies of the inquiry's team, for someone who may work on it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<View> forInquiry(Caller.Staff caller, InquiryNumber number) {
        Inquiry inquiry = workable(user(caller), number);
        return inquiries.savedReplies(inquiry.getTeam().getId()).stream().map(View::of).toList();
    }

    /** The inquiry's team's saved replies whose title or text holds these words (ignoring case), in the team's order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<View> search(Caller.Staff caller, InquiryNumber number, String words) {
        String wanted = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        return forInquiry(caller, number).stream()
                .filter(r -> r.title().toLowerCase(Locale.ROOT).contains(wanted) || r.body().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
    }

    /** The reply's text for this inquiry: who asked, its number, who answers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String fill(Caller.Staff caller, InquiryNumber number, long replyId) {
        StaffUser agent = user(caller);
        Inquiry inquiry = workable(agent, number);
        SavedReply reply = inquiries.findSavedReply(replyId).filter(r -> r.getTeam().getId().equals(inquiry.getTeam().getId()))
                .orElseThrow(() -> new BusinessException("saved-reply.not-found"));
        return reply.fill(inquiry.getAskedByName(), inquiry.getNumber(), agent.getName());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<View> all(Caller.Staff caller) {
        requireKeeper(caller);
        return inquiries.allSavedReplies().stream().map(View::of).toList();
    }

    /** Creates ({@code id} null) or changes a saved reply. */
    @Transactional
    public void save(Caller.Staff caller, Long id, String teamCode, String title, String body) {
        requireKeeper(caller);
        if (id == null) {
            Team team = teams.findByCode(teamCode).orElseThrow(() -> new BusinessException("inquiry.transfer.team-unknown"));
            inquiries.addSavedReply(new SavedReply(team, title, body));
        } else {
            inquiries.findSavedReply(id).orElseThrow(() -> new BusinessException("saved-reply.not-found")).change(title, body);
        }
    }

    @Transactional
    public void remove(Caller.Staff caller, long id) {
        requireKeeper(caller);
        inquiries.removeSavedReply(inquiries.findSavedReply(id).orElseThrow(() -> new BusinessException("saved-reply.not-found")));
    }

    private Inquiry workable(StaffUser user, InquiryNumber number) {
        return inquiries.findByNumber(number.value()).filter(inquiry -> StaffAccess.mayWorkOn(user, inquiry))
                .orElseThrow(() -> new BusinessException("inquiry.not-found"));
    }

    private void requireKeeper(Caller.Staff caller) {
        if (!StaffAccess.seesAllTeams(user(caller))) {
            throw new BusinessException("saved-reply.supervisors-only");
        }
    }

    private StaffUser user(Caller.Staff caller) {
        return staff.requireEnabled(caller);
    }
}
