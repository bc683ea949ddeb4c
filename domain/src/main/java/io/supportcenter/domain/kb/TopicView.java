package io.supportcenter.domain.kb;

import io.supportcenter.domain.account.AccountType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A topic was opened (by a member of this account type, or by a visitor when the type is null). */
@Entity
@Table(name = "kb_topic_view")
public class TopicView {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_topic_view_seq")
    @SequenceGenerator(name = "kb_topic_view_seq", sequenceName = "kb_topic_view_seq", allocationSize = 50)
    private Long id;

    @Column(name = "topic_id", nullable = false)
    private long topicId;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", length = 20)
    private AccountType accountType;

    @Column(name = "from_search", nullable = false)
    private boolean fromSearch;

    @Column(name = "viewed_at", nullable = false)
    private Instant viewedAt;

    protected TopicView() {
        // for JPA
    }

    public TopicView(long topicId, AccountType accountType, boolean fromSearch, Instant viewedAt) {
        this.topicId = topicId;
        this.accountType = accountType;
        this.fromSearch = fromSearch;
        this.viewedAt = viewedAt;
    }
}
