package io.supportcenter.domain.inquiry;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One message of an inquiry's conversation, with its attachments. */
@Entity
@Table(name = "inquiry_message")
public class InquiryMessage {

    public static final int MAX_BODY = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inquiry_message_seq")
    @SequenceGenerator(name = "inquiry_message_seq", sequenceName = "inquiry_message_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inquiry_id", nullable = false)
    private Inquiry inquiry;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private MessageKind kind;

    @Column(name = "author", nullable = false, length = 40)
    private String author;

    @Column(name = "author_name", nullable = false, length = 120)
    private String authorName;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    /** A member's message that reopened the inquiry (shown as such to the agent). */
    @Column(name = "reopening", nullable = false)
    private boolean reopening;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    /** The key of the member's form that sent this reply (null for other messages): one message per form. */
    @Column(name = "submission_key", length = 64)
    private String submissionKey;

    @OneToMany(mappedBy = "message", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    protected InquiryMessage() {
        // for JPA
    }

    InquiryMessage(Inquiry inquiry, MessageKind kind, Author author, String body, boolean reopening, Instant postedAt) {
        this.inquiry = inquiry;
        this.kind = kind;
        this.author = author.reference();
        this.authorName = author.name();
        this.body = body;
        this.reopening = reopening;
        this.postedAt = postedAt;
    }

    void sentFrom(String key) {
        this.submissionKey = key;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    Attachment attach(NewAttachment file, Instant now) {
        Attachment attachment = new Attachment(this, file.fileName(), file.contentType(), file.size(), now);
        attachments.add(attachment);
        return attachment;
    }

    public Long getId() {
        return id;
    }

    public Inquiry getInquiry() {
        return inquiry;
    }

    public MessageKind getKind() {
        return kind;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public boolean isReopening() {
        return reopening;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public List<Attachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }
}
