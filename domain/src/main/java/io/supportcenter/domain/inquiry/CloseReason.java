package io.supportcenter.domain.inquiry;

/** Why an inquiry was closed. */
public enum CloseReason {
    BY_MEMBER,
    BY_STAFF,
    /** No answer from the member within the auto-close period. */
    AUTOMATIC
}
