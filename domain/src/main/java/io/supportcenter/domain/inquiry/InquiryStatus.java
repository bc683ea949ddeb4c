package io.supportcenter.domain.inquiry;

/** The lifecycle states of SPEC §6. */
public enum InquiryStatus {
    /** Submitted; nobody has it yet. */
    NEW,
    /** An agent works on it (or the member answered the agent). */
    OPEN,
    /** Staff replied; the member's turn. Closes by itself after a while without an answer. */
    AWAITING_MEMBER,
    CLOSED
}
