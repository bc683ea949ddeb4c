package io.supportcenter.web.kb;

import io.supportcenter.domain.kb.CategoryNode;
import io.supportcenter.domain.kb.KnowledgeBaseService;
import io.supportcenter.domain.kb.PopularTopics;
import io.supportcenter.domain.kb.TopicSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Support Home ({@code /support/home}): featured categories, Most Popular Topics, a search box. */
@Named
@RequestScoped
public class SupportHomeBacking {

    @Inject
    KnowledgeBaseService knowledgeBase;

    @Inject
    PopularTopics popular;

    @Inject
    Reader reader;

    private List<CategoryNode> featured;
    private List<TopicSummary> popularTopics;

    public List<CategoryNode> getFeatured() {
        if (featured == null) {
            featured = knowledgeBase.featured();
        }
        return featured;
    }

    public List<TopicSummary> getPopular() {
        if (popularTopics == null) {
            popularTopics = popular.summariesFor(reader.accountType());
        }
        return popularTopics;
    }
}
