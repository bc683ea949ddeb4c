package io.supportcenter.domain.inquiry;

/** Who wrote a message and who may read it: members never see internal notes. */
public enum MessageKind {
    MEMBER,
    STAFF_REPLY,
    INTERNAL_NOTE;

    public boolean isVisibleToMembers() {
        return this != INTERNAL_NOTE;
    }
}
