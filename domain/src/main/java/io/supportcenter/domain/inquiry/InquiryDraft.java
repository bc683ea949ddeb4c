package io.supportcenter.domain.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A question being written and not yet sent (one per user), kept in the database. */
@Entity
@Table(name = "inquiry_draft")
public class InquiryDraft {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "category_slug", length = 80)
    private String categorySlug;

    @Column(name = "subject", length = Inquiry.MAX_SUBJECT)
    private String subject;

    @Column(name = "question", length = QuestionRules.MAX_QUESTION)
    private String question;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected InquiryDraft() {
        // for JPA
    }

    public InquiryDraft(long userId) {
        this.userId = userId;
    }

    /** Keeps what fits; the rules are checked when the question is sent, not while it is written. */
    public void keep(String newCategorySlug, String newSubject, String newQuestion, Instant now) {
        this.categorySlug = cut(newCategorySlug, 80);
        this.subject = cut(newSubject, Inquiry.MAX_SUBJECT);
        this.question = cut(newQuestion, QuestionRules.MAX_QUESTION);
        this.updatedAt = now;
    }

    private static String cut(String text, int max) {
        return text == null ? null : text.length() > max ? text.substring(0, max) : text;
    }

    public String getCategorySlug() {
        return categorySlug;
    }

    public String getSubject() {
        return subject;
    }

    public String getQuestion() {
        return question;
    }
}
