package io.supportcenter.domain.kb;

import io.supportcenter.domain.shared.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * "Was this helpful?" from a visitor of the public help, who has no account to vote once with. Kept apart from
 * members' {@link HelpfulVote}s, so that whatever a script sends can never move the members' figures, and limited
 * to one per client address and topic in {@link #WINDOW}: a second answer in that time changes the first. Visitors
 * behind one address share a vote then, which is the price of a guard that needs no session or cookie. The address
 * is kept only as a digest.
 */
@Entity
@Table(name = "kb_anonymous_vote")
public class AnonymousVote {

    /** How long one client's answer to a topic stands before another counts. */
    public static final Duration WINDOW = Duration.ofDays(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_anonymous_vote_seq")
    @SequenceGenerator(name = "kb_anonymous_vote_seq", sequenceName = "kb_anonymous_vote_seq", allocationSize = 50)
    private Long id;

    @Column(name = "topic_id", nullable = false)
    private long topicId;

    @Column(name = "client_key", nullable = false, length = 64)
    private String clientKey;

    @Column(name = "helpful", nullable = false)
    private boolean helpful;

    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    protected AnonymousVote() {
        // for JPA
    }

    public AnonymousVote(long topicId, String clientKey, boolean helpful, Instant votedAt) {
        this.topicId = topicId;
        this.clientKey = clientKey;
        this.helpful = helpful;
        this.votedAt = votedAt;
    }

    /** The digest a client address is kept as (an unknown address counts as one client). */
    public static String clientKey(String clientAddress) {
        return Sha256.hex(clientAddress == null ? "" : clientAddress);
    }

    public void change(boolean nowHelpful) {
        this.helpful = nowHelpful;
    }

    public boolean isHelpful() {
        return helpful;
    }
}
