package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.kb.Category;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One question members asked again and again in the report's 30 days: how often, in which category, under which
 * title most asked it, the answer staff gave most often, a few of the inquiries, and the topic that already covers
 * it, if one does. Without a topic, it is a topic to write.
 */
@Entity
@Table(name = "repeated_question")
public class RepeatedQuestion {

    static final int EXAMPLES = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "repeated_question_seq")
    @SequenceGenerator(name = "repeated_question_seq", sequenceName = "repeated_question_seq", allocationSize = 50)
    private Long id;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;

    @Column(name = "asked", nullable = false)
    private int asked;

    @Column(name = "title", nullable = false, length = Inquiry.MAX_SUBJECT)
    private String title;

    @Column(name = "answer", nullable = false, length = InquiryMessage.MAX_BODY)
    private String answer;

    @Column(name = "examples", nullable = false, length = 400)
    private String examples;

    @Column(name = "topic_slug", length = 120)
    private String topicSlug;

    @Column(name = "topic_title", length = 200)
    private String topicTitle;

    protected RepeatedQuestion() {
        // for JPA
    }

    RepeatedQuestion(Instant foundAt, Category category, int asked, String title, String answer, List<Long> examples,
                     String topicSlug, String topicTitle) {
        this.foundAt = foundAt;
        this.category = category;
        this.asked = asked;
        this.title = title;
        this.answer = answer;
        this.examples = String.join(",", examples.stream().limit(EXAMPLES).map(String::valueOf).toList());
        this.topicSlug = topicSlug;
        this.topicTitle = topicTitle;
    }

    public Long getId() {
        return id;
    }

    public Instant getFoundAt() {
        return foundAt;
    }

    public Category getCategory() {
        return category;
    }

    public int getAsked() {
        return asked;
    }

    public String getTitle() {
        return title;
    }

    public String getAnswer() {
        return answer;
    }

    /** Inquiry numbers, the example the others are alike to first. */
    public List<Long> getExamples() {
        return examples.isEmpty() ? List.of() : Arrays.stream(examples.split(",")).map(Long::valueOf).toList();
    }

    /** The published topic that already answers it, if one does. */
    public Optional<String> getTopicSlug() {
        return Optional.ofNullable(topicSlug);
    }

    public String getTopicTitle() {
        return topicTitle;
    }
}
