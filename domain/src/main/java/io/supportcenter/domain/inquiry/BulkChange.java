package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.shared.BusinessException;
import java.io.Serializable;

/**
 * One change made to many inquiries at once from a queue: claim them, give them to one staff user, move them to
 * one team, or close them. Checked whole before any inquiry is touched.
 */
public record BulkChange(Kind kind, Long assigneeId, String teamCode) implements Serializable {

    /** At most this many inquiries per change, as a queue page selects them; a larger list is refused whole. */
    public static final int MAX_INQUIRIES = 100;

    public enum Kind { CLAIM, ASSIGN, TRANSFER, CLOSE }

    public BulkChange {
        if (kind == null) {
            throw new BusinessException("inquiry.bulk.choose-action");
        }
        if (kind == Kind.ASSIGN && assigneeId == null) {
            throw new BusinessException("inquiry.bulk.choose-assignee");
        }
        if (kind == Kind.TRANSFER && (teamCode == null || teamCode.isBlank())) {
            throw new BusinessException("inquiry.bulk.choose-team");
        }
    }

    /** What the audit log says was done to each inquiry. */
    String describe() {
        return switch (kind) {
            case CLAIM -> "claimed in bulk";
            case ASSIGN -> "assigned in bulk to staff:" + assigneeId;
            case TRANSFER -> "transferred in bulk to team " + teamCode;
            case CLOSE -> "closed in bulk";
        };
    }
}
