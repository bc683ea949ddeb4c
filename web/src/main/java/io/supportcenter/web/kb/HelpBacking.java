package io.supportcenter.web.kb;

import io.supportcenter.domain.kb.KnowledgeBaseService;
import io.supportcenter.domain.kb.PopularTopics;
import io.supportcenter.domain.kb.SearchResults;
import io.supportcenter.domain.kb.TopicSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The public help page ({@code /help}, no login): popular public topics and a search over public topics only
 * (a visitor has no account type), each leading to its public page {@code /help/{slug}}.
 */
@Named
@RequestScoped
public class HelpBacking {

    @Inject
    KnowledgeBaseService knowledgeBase;

    @Inject
    PopularTopics popular;

    private String q;
    private SearchResults results;
    private List<TopicSummary> topics;

    public boolean isSearching() {
        return q != null && !q.isBlank();
    }

    public SearchResults getResults() {
        if (results == null) {
            results = isSearching() ? knowledgeBase.search(q, null, null, 0, 20) : SearchResults.empty();
        }
        return results;
    }

    public List<TopicSummary> getTopics() {
        if (topics == null) {
            topics = popular.summariesFor(null);
        }
        return topics;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
