package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.staff.StaffUser;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What pages show of inquiries; built inside the service's transaction, safe to keep in a view. */
public final class InquiryViews {

    private InquiryViews() {
    }

    /** A row of Support History; {@code closure} while it is closed. */
    public record Summary(long number, String subject, String categoryName, InquiryStatus status, Instant lastActivityAt,
                          String askedByName, Closure closure) implements Serializable {

        static Summary of(Inquiry inquiry, Author reader) {
            return new Summary(inquiry.getNumber(), inquiry.getSubject(), inquiry.getCategory().getName(), inquiry.getStatus(),
                    inquiry.getLastActivityAt(), inquiry.getAskedByName(), Closure.of(inquiry, reader));
        }
    }

    /**
     * How a closed inquiry was closed, for one reader: {@code byReader} only when the reader is the one who closed it,
     * so that the other users of the account are told who did ("Closed by Sam"), never "You closed it".
     */
    public record Closure(CloseReason reason, Instant at, String byName, boolean byReader) implements Serializable {

        /** Null while the inquiry is not closed; {@code reader} null when no member reads it (staff). */
        static Closure of(Inquiry inquiry, Author reader) {
            if (inquiry.getStatus() != InquiryStatus.CLOSED || inquiry.getCloseReason().isEmpty()) {
                return null;
            }
            Optional<Author> by = inquiry.closedBy();
            return new Closure(inquiry.getCloseReason().get(), inquiry.getClosedAt().orElse(null), by.map(Author::name).orElse(null),
                    reader != null && by.map(author -> author.reference().equals(reader.reference())).orElse(false));
        }
    }

    /** A question being written: what Ask a Question restores. */
    public record Draft(String categorySlug, String subject, String question) implements Serializable {
    }

    /** The answer to Finish Submitting Question. */
    public record Submitted(long number, String teamName, Instant due, UsualWait usual) implements Serializable {
    }

    public record AttachmentView(long id, String fileName, long size) implements Serializable {
    }

    public record MessageView(long id, MessageKind kind, String authorName, String body, boolean reopening, Instant postedAt,
                              List<AttachmentView> attachments) implements Serializable {

        static MessageView of(InquiryMessage message) {
            return new MessageView(message.getId(), message.getKind(), message.getAuthorName(), message.getBody(),
                    message.isReopening(), message.getPostedAt(), message.getAttachments().stream()
                    .map(a -> new AttachmentView(a.getId(), a.getFileName(), a.getSize())).toList());
        }
    }

    /**
     * One inquiry as its page shows it. {@code autoClosesAt} is set while it is the member's turn;
     * {@code messages} hold internal notes only in the staff's view; {@code firstRespondedAt} is null until staff first
     * replied, {@code assigneeId} while nobody has it.
     */
    public record Detail(long number, String accountNumber, String companyName, String subject, String categoryName,
                         String teamName, String teamCode, InquiryStatus status, String askedByName, Long assigneeId,
                         String assigneeName, Instant submittedAt, Instant firstResponseDue, Instant firstRespondedAt,
                         Instant autoClosesAt, Instant closedAt, CloseReason closeReason, List<MessageView> messages,
                         long version, Closure closure) implements Serializable {

        /** As {@link Inquiry#isFirstResponseOverdue} was when this was read, at {@code now}. */
        public boolean firstResponseOverdue(Instant now) {
            return Inquiry.firstResponseOverdue(firstRespondedAt, firstResponseDue, status, now);
        }

        /** The inquiry with these of its messages (members: without internal notes; staff: all), as {@code reader} reads it. */
        static Detail of(Inquiry inquiry, List<InquiryMessage> messages, java.time.Duration autoClose, Author reader) {
            return new Detail(inquiry.getNumber(), inquiry.getAccount().getNumber(), inquiry.getAccount().getCompanyName(),
                    inquiry.getSubject(), inquiry.getCategory().getName(),
                    inquiry.getTeam().getName(), inquiry.getTeam().getCode(), inquiry.getStatus(), inquiry.getAskedByName(),
                    inquiry.getAssignee().map(StaffUser::getId).orElse(null),
                    inquiry.getAssignee().map(StaffUser::getName).orElse(null), inquiry.getSubmittedAt(),
                    inquiry.getFirstResponseDue(), inquiry.getFirstRespondedAt().orElse(null), inquiry.autoClosesAt(autoClose).orElse(null),
                    inquiry.getClosedAt().orElse(null), inquiry.getCloseReason().orElse(null),
                    messages.stream().map(MessageView::of).toList(), inquiry.getVersion(), Closure.of(inquiry, reader));
        }
    }
}
