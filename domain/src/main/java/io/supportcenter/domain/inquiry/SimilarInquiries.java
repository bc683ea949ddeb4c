package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.kb.KnowledgeBaseService;
import io.supportcenter.domain.kb.SearchHit;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Earlier answers beside an inquiry an agent works on: up to {@value #SHOWN} solved inquiries of its team most like
 * it (from this node's {@link SimilarInquiryIndex}; those closed in the last 90 days first) and the {@value #TOPICS}
 * topics that best match it among those its member may read. Each earlier inquiry is read again from the database and shown only if it is still solved, still
 * the team's and readable by this staff user: the index may lag a few seconds behind another node's change.
 */
@ApplicationScoped
public class SimilarInquiries {

    public static final int SHOWN = 3;
    public static final int TOPICS = 2;
    /** Candidates asked of the index beyond those shown, for any the database no longer confirms. */
    private static final int SPARE = 3;
    private static final int EXCERPT = 280;
    /** Answers of the last months first: processes change, and a lookup then costs what they hold, not all history. */
    static final Duration RECENT = Duration.ofDays(90);

    private InquiryRepository inquiries;
    private SimilarInquiryIndex index;
    private StaffUserRepository staff;
    private KnowledgeBaseService knowledgeBase;
    private Clock clock;

    protected SimilarInquiries() {
        // for CDI proxies
    }

    @Inject
    public SimilarInquiries(InquiryRepository inquiries, SimilarInquiryIndex index, StaffUserRepository staff,
                            KnowledgeBaseService knowledgeBase, Clock clock) {
        this.inquiries = inquiries;
        this.index = index;
        this.staff = staff;
        this.knowledgeBase = knowledgeBase;
        this.clock = clock;
    }

    /** An earlier inquiry as the workspace lists it: its reply cut to an excerpt (the whole comes on insert). */
    public record Earlier(long number, String subject, String categoryName, Instant closedAt, String replyExcerpt)
            implements Serializable {

        static Earlier of(Inquiry inquiry) {
            String reply = inquiry.solvingReply().orElse("");
            return new Earlier(inquiry.getId(), inquiry.getSubject(), inquiry.getCategory().getName(),
                    inquiry.getClosedAt().orElse(null), reply.length() > EXCERPT ? reply.substring(0, EXCERPT).stripTrailing() + " …" : reply);
        }
    }

    /** What the workspace shows beside an inquiry. */
    public record Suggestions(List<Earlier> inquiries, List<SearchHit> topics) implements Serializable {

        public static final Suggestions NONE = new Suggestions(List.of(), List.of());
    }

    /** For the inquiry this staff user works on; nothing when they may not work on it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Suggestions forInquiry(Caller.Staff caller, InquiryNumber number) {
        StaffUser reader = staff.requireEnabled(caller);
        Inquiry open = inquiries.findByNumber(number.value()).filter(inquiry -> StaffAccess.mayWorkOn(reader, inquiry)).orElse(null);
        if (open == null) {
            return Suggestions.NONE;
        }
        String question = open.question();
        List<Long> found = index.similar(open.getSubject(), question, open.getTeam().getId(), open.getId(), clock.instant().minus(RECENT), SHOWN + SPARE);
        List<Earlier> earlier = inquiries.findByNumbers(found).stream().filter(candidate -> offered(reader, open, candidate))
                .limit(SHOWN).map(Earlier::of).toList();
        List<SearchHit> topics = knowledgeBase.suggestions(open.getSubject(), question, open.getCategory().getSlug(),
                open.getAccount().getType(), TOPICS);
        return new Suggestions(earlier, topics);
    }

    /**
     * The whole reply that solved {@code earlier}, for the composer of the inquiry this staff user works on: only an
     * inquiry that {@link #forInquiry} could show, else "not found".
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String earlierReply(Caller.Staff caller, InquiryNumber number, long earlier) {
        StaffUser reader = staff.requireEnabled(caller);
        return inquiries.findByNumber(number.value()).filter(inquiry -> StaffAccess.mayWorkOn(reader, inquiry))
                .flatMap(open -> sameTeamSolved(reader, open, earlier)).flatMap(Inquiry::solvingReply)
                .orElseThrow(() -> new BusinessException("staff.inquiry.similar.gone"));
    }

    private Optional<Inquiry> sameTeamSolved(StaffUser reader, Inquiry open, long id) {
        return inquiries.findByNumber(id).filter(candidate -> offered(reader, open, candidate));
    }

    /** Another solved inquiry of the open one's team that this staff user may read. */
    private static boolean offered(StaffUser reader, Inquiry open, Inquiry candidate) {
        return !candidate.getId().equals(open.getId()) && candidate.isSolved()
                && candidate.getTeam().getId().equals(open.getTeam().getId()) && StaffAccess.mayRead(reader, candidate);
    }
}
