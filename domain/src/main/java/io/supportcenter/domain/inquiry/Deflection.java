package io.supportcenter.domain.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A question a suggested topic answered, so that it was never submitted (for the deflection rate). */
@Entity
@Table(name = "inquiry_deflection")
public class Deflection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inquiry_deflection_seq")
    @SequenceGenerator(name = "inquiry_deflection_seq", sequenceName = "inquiry_deflection_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "topic_id", nullable = false)
    private long topicId;

    @Column(name = "subject", nullable = false, length = 80)
    private String subject;

    @Column(name = "deflected_at", nullable = false)
    private Instant deflectedAt;

    protected Deflection() {
        // for JPA
    }

    public Deflection(long accountId, long userId, Long categoryId, long topicId, String subject, Instant deflectedAt) {
        this.accountId = accountId;
        this.userId = userId;
        this.categoryId = categoryId;
        this.topicId = topicId;
        String text = subject == null ? "" : subject.strip();
        this.subject = text.length() > 80 ? text.substring(0, 80) : text;
        this.deflectedAt = deflectedAt;
    }

    public long getTopicId() {
        return topicId;
    }

    public Instant getDeflectedAt() {
        return deflectedAt;
    }
}
