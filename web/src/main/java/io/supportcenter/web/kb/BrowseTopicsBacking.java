package io.supportcenter.web.kb;

import io.supportcenter.domain.kb.CategoryNode;
import io.supportcenter.domain.kb.KnowledgeBaseService;
import io.supportcenter.domain.kb.SearchResults;
import io.supportcenter.domain.kb.TopicSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Browse Topics ({@code /support/topics?q=…&category=…&page=…}): the tree, a category's topics, or
 * search results with paging. A plain GET page, so every state can be bookmarked and shared.
 */
@Named
@RequestScoped
public class BrowseTopicsBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    KnowledgeBaseService knowledgeBase;

    @Inject
    Reader reader;

    private String q;
    private String category;
    private int page;
    private SearchResults results;
    private List<TopicSummary> topics;
    private List<CategoryNode> tree;

    public boolean isSearching() {
        return q != null && !q.isBlank();
    }

    public SearchResults getResults() {
        if (results == null) {
            results = isSearching() ? knowledgeBase.search(q, category, reader.accountType(), page, PAGE_SIZE) : SearchResults.empty();
        }
        return results;
    }

    public List<TopicSummary> getTopics() {
        if (topics == null) {
            topics = category == null || category.isBlank() ? List.of() : knowledgeBase.topicsIn(category, reader.accountType());
        }
        return topics;
    }

    public List<CategoryNode> getTree() {
        if (tree == null) {
            tree = knowledgeBase.tree();
        }
        return tree;
    }

    public String getCategoryName() {
        return category == null ? null : knowledgeBase.categoryName(category).orElse(null);
    }

    public int getPageCount() {
        return (getResults().total() + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return page + 1 < getPageCount();
    }

    public int getFirstShown() {
        return page * PAGE_SIZE + 1;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, Math.min(page, 1000));
    }
}
