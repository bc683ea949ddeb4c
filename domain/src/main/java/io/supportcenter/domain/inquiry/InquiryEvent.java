package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.account.User;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.audit.AuditLine;
import io.supportcenter.domain.audit.Audited;
import io.supportcenter.domain.mail.MailRequest;
import io.supportcenter.domain.mail.Mailed;
import io.supportcenter.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What happened to an inquiry that someone hears of (SPEC §6): the member is mailed at each step that
 * needs them, in their language and time zone; a change made to many at once from a queue is audited.
 */
public sealed interface InquiryEvent extends DomainEvent {

    String MAIL_RECEIVED = "inquiry.received";
    String MAIL_REOPENED = "inquiry.reopened";
    String MAIL_REPLIED = "inquiry.replied";
    String MAIL_REPLIED_CLOSED = "inquiry.replied-closed";
    String MAIL_REMINDER = "inquiry.reminder";
    String MAIL_AUTO_CLOSED = "inquiry.auto-closed";

    /** A member sent a question: the mail says by when it is answered at the latest, and how long it usually takes. */
    record Received(Inquiry inquiry, User member, UsualWait usual) implements InquiryEvent, Mailed {
        @Override
        public List<MailRequest> mails() {
            return List.of(mail(MAIL_RECEIVED, inquiry, member, Map.of(
                    "due", MemberTimes.format(inquiry.getFirstResponseDue(), member.getLanguage(), member.getTimeZone()),
                    "usualFrom", String.valueOf(usual.from()), "usualTo", String.valueOf(usual.to()),
                    "usualUnit", usual.unit().name(),
                    "team", inquiry.getTeam().getName())));
        }
    }

    /** The member opened a closed inquiry again. */
    record Reopened(Inquiry inquiry, User member) implements InquiryEvent, Mailed {
        @Override
        public List<MailRequest> mails() {
            return List.of(mail(MAIL_REOPENED, inquiry, member, Map.of()));
        }
    }

    /** Staff replied and wait for the member, whose inquiry closes by itself at {@code closes} without an answer. */
    record Replied(Inquiry inquiry, User recipient, Instant closes) implements InquiryEvent, Mailed {
        @Override
        public List<MailRequest> mails() {
            return List.of(mail(MAIL_REPLIED, inquiry, recipient, closingTime(closes, recipient)));
        }
    }

    /** Staff replied and closed the inquiry with it (the reply settles the question). */
    record RepliedAndClosed(Inquiry inquiry, User recipient) implements InquiryEvent, Mailed {
        @Override
        public List<MailRequest> mails() {
            return List.of(mail(MAIL_REPLIED_CLOSED, inquiry, recipient, Map.of()));
        }
    }

    /** No answer from the member in time after a reply: a reminder that it closes at {@code closes}. */
    record Reminded(Inquiry inquiry, User recipient, Instant closes) implements InquiryEvent, Mailed {
        @Override
        public List<MailRequest> mails() {
            return List.of(mail(MAIL_REMINDER, inquiry, recipient, closingTime(closes, recipient)));
        }
    }

    /** Closed for want of an answer from the member. */
    record ClosedAutomatically(Inquiry inquiry, User recipient) implements InquiryEvent, Mailed {
        @Override
        public List<MailRequest> mails() {
            return List.of(mail(MAIL_AUTO_CLOSED, inquiry, recipient, Map.of()));
        }
    }

    /**
     * Closed (by anyone, with or without a reply) or reopened: whether it is a solved example for agents changed.
     * Fired inside the change's transaction, where the inquiry is still managed.
     */
    record ClosedOrReopened(Inquiry inquiry) implements InquiryEvent {
    }

    /** One inquiry's part of a change made to many at once from a queue. */
    record ChangedInBulk(Caller actor, long number, BulkChange change) implements InquiryEvent, Audited {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(AuditAction.INQUIRY_CHANGED_IN_BULK, actor, "inquiry:" + number, change.describe());
        }
    }

    private static Map<String, String> closingTime(Instant closes, User recipient) {
        return Map.of("closes", MemberTimes.format(closes, recipient.getLanguage(), recipient.getTimeZone()));
    }

    private static MailRequest mail(String template, Inquiry inquiry, User recipient, Map<String, String> more) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", recipient.getName());
        values.put("number", String.valueOf(inquiry.getNumber()));
        values.put("subject", inquiry.getSubject());
        values.putAll(more);
        return MailRequest.of(template, recipient.getEmail(), recipient.getLanguage(), values);
    }
}
