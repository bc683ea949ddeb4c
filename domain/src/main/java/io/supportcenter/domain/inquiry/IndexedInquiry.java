package io.supportcenter.domain.inquiry;

import java.time.Instant;

/**
 * What the solved-inquiry index holds of one inquiry: its team (agents see their own team's), its category, the
 * question as the member asked it and the staff reply that answered it; {@code solved} false removes it.
 */
public record IndexedInquiry(long id, long teamId, String categorySlug, String subject, String question, String reply,
                             Instant closedAt, boolean solved) {

    static IndexedInquiry of(Inquiry inquiry) {
        return new IndexedInquiry(inquiry.getId(), inquiry.getTeam().getId(), inquiry.getCategory().getSlug(),
                inquiry.getSubject(), inquiry.question(), inquiry.solvingReply().orElse(""),
                inquiry.getClosedAt().orElse(null), inquiry.isSolved());
    }

    /** What an inquiry that is no longer solved (reopened) leaves in the index: nothing. */
    public static IndexedInquiry removed(long id) {
        return new IndexedInquiry(id, 0, "", "", "", "", null, false);
    }
}
