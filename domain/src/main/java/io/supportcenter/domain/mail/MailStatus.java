package io.supportcenter.domain.mail;

/** Where an outgoing email is on its way. */
public enum MailStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    SENT,
    /** Gave up after the maximum number of attempts; shown to admins. */
    FAILED
}
