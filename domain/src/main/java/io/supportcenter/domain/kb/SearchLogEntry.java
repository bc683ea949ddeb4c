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

/**
 * One search, for Most Popular Topics and the content-gap report: the normalised query, how many
 * topics it found, which one (if any) was opened from its results, who asked (account type).
 */
@Entity
@Table(name = "kb_search_log")
public class SearchLogEntry {

    // Drawn from the sequence when the search is made, not when it is written (see SearchLog).
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_search_log_seq")
    @SequenceGenerator(name = "kb_search_log_seq", sequenceName = "kb_search_log_seq", allocationSize = 50)
    private Long id;

    @Column(name = "query_text", nullable = false, length = SearchQuery.MAX_LENGTH)
    private String query;

    @Column(name = "result_count", nullable = false)
    private int resultCount;

    @Column(name = "opened_topic_id")
    private Long openedTopicId;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", length = 20)
    private AccountType accountType;

    @Column(name = "searched_at", nullable = false)
    private Instant searchedAt;

    protected SearchLogEntry() {
        // for JPA
    }

    /** A search with the id {@link SearchLog} gave it when it was made (before it is written). */
    public SearchLogEntry(long id, String query, int resultCount, AccountType accountType, Instant searchedAt) {
        this.id = id;
        this.query = query;
        this.resultCount = resultCount;
        this.accountType = accountType;
        this.searchedAt = searchedAt;
    }

    public void opened(long topicId) {
        this.openedTopicId = topicId;
    }

    public Long getId() {
        return id;
    }

    public String getQuery() {
        return query;
    }

    public int getResultCount() {
        return resultCount;
    }
}
