package io.supportcenter.domain.kb;

/** Only published topics are shown to members and visitors. */
public enum TopicStatus {
    DRAFT,
    PUBLISHED
}
