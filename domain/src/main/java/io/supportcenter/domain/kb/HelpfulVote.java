package io.supportcenter.domain.kb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** "Was this helpful?" — one vote per user and topic (a second answer changes the first). */
@Entity
@Table(name = "kb_helpful_vote", uniqueConstraints = @UniqueConstraint(columnNames = {"topic_id", "user_id"}))
public class HelpfulVote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_helpful_vote_seq")
    @SequenceGenerator(name = "kb_helpful_vote_seq", sequenceName = "kb_helpful_vote_seq", allocationSize = 50)
    private Long id;

    @Column(name = "topic_id", nullable = false)
    private long topicId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "helpful", nullable = false)
    private boolean helpful;

    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    protected HelpfulVote() {
        // for JPA
    }

    public HelpfulVote(long topicId, long userId, boolean helpful, Instant votedAt) {
        this.topicId = topicId;
        this.userId = userId;
        this.helpful = helpful;
        this.votedAt = votedAt;
    }

    public void change(boolean nowHelpful, Instant at) {
        this.helpful = nowHelpful;
        this.votedAt = at;
    }

    public boolean isHelpful() {
        return helpful;
    }
}
