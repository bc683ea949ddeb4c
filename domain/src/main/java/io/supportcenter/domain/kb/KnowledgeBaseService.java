package io.supportcenter.domain.kb;

import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What readers do with the knowledge base: browse the tree, read a topic, search, say whether it
 * helped. Every method takes the reader's account type (null for a visitor) and shows only what
 * that reader may see; searches and views are logged for Most Popular Topics.
 */
@ApplicationScoped
public class KnowledgeBaseService {

    private CategoryRepository categories;
    private TopicRepository topics;
    private TopicActivityRepository activity;
    private SearchLog searchLog;
    private TopicSearchIndex index;
    private CategoryTree tree;
    private Clock clock;

    protected KnowledgeBaseService() {
        // for CDI proxies
    }

    @Inject
    public KnowledgeBaseService(CategoryRepository categories, TopicRepository topics, TopicActivityRepository activity,
                                SearchLog searchLog, TopicSearchIndex index, CategoryTree tree, Clock clock) {
        this.categories = categories;
        this.topics = topics;
        this.activity = activity;
        this.searchLog = searchLog;
        this.index = index;
        this.tree = tree;
        this.clock = clock;
    }

    /** The categories as a tree, from this node's copy (see {@link CategoryTree}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CategoryNode> tree() {
        return tree.get(this::readTree);
    }

    private List<CategoryNode> readTree() {
        List<Category> all = categories.findAll();
        Map<Category, List<Category>> children = new LinkedHashMap<>();
        List<Category> roots = new ArrayList<>();
        for (Category category : all) {
            children.put(category, new ArrayList<>());
        }
        for (Category category : all) {
            category.getParent().ifPresentOrElse(parent -> children.get(parent).add(category), () -> roots.add(category));
        }
        return roots.stream().sorted(Comparator.comparingInt(Category::getPosition)).map(root -> node(root, children)).toList();
    }

    private static CategoryNode node(Category category, Map<Category, List<Category>> children) {
        return new CategoryNode(category.getSlug(), category.getName(), category.isFeatured(),
                children.get(category).stream().sorted(Comparator.comparingInt(Category::getPosition))
                        .map(child -> node(child, children)).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CategoryNode> featured() {
        List<CategoryNode> featured = new ArrayList<>();
        collectFeatured(tree(), featured);
        return featured;
    }

    private static void collectFeatured(List<CategoryNode> nodes, List<CategoryNode> into) {
        for (CategoryNode node : nodes) {
            if (node.featured()) {
                into.add(node);
            }
            collectFeatured(node.children(), into);
        }
    }

    /** The published topics the reader may see in a category and all categories below it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TopicSummary> topicsIn(String categorySlug, AccountType reader) {
        Optional<Category> root = categories.findBySlug(categorySlug);
        if (root.isEmpty()) {
            return List.of();
        }
        List<Category> within = categories.findAll().stream().filter(category -> category.isWithin(root.get())).toList();
        return topics.findPublished(within, Visibility.readableBy(reader)).stream().map(TopicSummary::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> categoryName(String slug) {
        return categories.findBySlug(slug).map(Category::getName);
    }

    /** A topic by id or slug, if it is published and the reader may see it (else as if it did not exist). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TopicPage> topic(String idOrSlug, AccountType reader) {
        Set<Visibility> visible = Visibility.readableBy(reader);
        return find(idOrSlug).filter(topic -> topic.isReadableBy(visible)).map(topic -> {
            long[] votes = activity.votes(topic.getId());
            List<TopicSummary> related = topic.getRelated().stream().filter(other -> other.isReadableBy(visible))
                    .map(TopicSummary::of).toList();
            return new TopicPage(topic.getId(), topic.getSlug(), topic.getTitle(), topic.getBodyHtml(),
                    topic.getCategory().getSlug(), topic.getCategory().getName(), topic.getUpdatedAt(), related,
                    votes[0], votes[1]);
        });
    }

    private Optional<Topic> find(String idOrSlug) {
        if (idOrSlug == null || idOrSlug.isBlank()) {
            return Optional.empty();
        }
        if (idOrSlug.chars().allMatch(Character::isDigit) && idOrSlug.length() < 19) {
            return topics.findById(Long.parseLong(idOrSlug));
        }
        return topics.findBySlug(idOrSlug);
    }

    /**
     * Searches what the reader may see and logs the search (normalised query, count, account type) from its
     * first page; the log is written off the request (see {@link SearchLog}).
     */
    public SearchResults search(String text, String categorySlug, AccountType reader, int page, int pageSize) {
        SearchQuery query = new SearchQuery(text, categorySlug, Visibility.readableBy(reader), page, pageSize);
        if (query.isBlank()) {
            return SearchResults.empty();
        }
        SearchResults results = index.search(query);
        if (page == 0) {
            long logId = searchLog.record(query.text(), results.total(), reader, clock.instant());
            return new SearchResults(results.hits(), results.total(), results.suggestion(), logId);
        }
        return results;
    }

    /** Topics that may already answer a question about to be asked (not logged as a search). */
    public List<SearchHit> suggestions(String subject, String question, String categorySlug, AccountType reader, int max) {
        String text = ((subject == null ? "" : subject) + " " + (question == null ? "" : question)).strip();
        return text.isEmpty() ? List.of() : index.suggest(text, categorySlug, Visibility.readableBy(reader), max);
    }

    /** Records that a reader opened a topic, and from which search if any. */
    @Transactional
    public void viewed(long topicId, AccountType reader, Long searchLogId) {
        activity.addView(new TopicView(topicId, reader, searchLogId != null, clock.instant()));
        if (searchLogId != null) {
            searchLog.opened(searchLogId, topicId);
        }
    }

    /**
     * A visitor's answer to a public topic, counted apart from members' (see {@link AnonymousVote} for the one-per-client
     * guard); a topic the visitor may not read takes no vote.
     */
    @Transactional
    public void voteAnonymously(long topicId, boolean helpful, Caller caller) {
        topics.findById(topicId).filter(topic -> topic.isReadableBy(Visibility.readableBy(null))).ifPresent(topic -> {
            String client = AnonymousVote.clientKey(caller.clientAddress());
            activity.findAnonymousVote(topicId, client, clock.instant().minus(AnonymousVote.WINDOW)).ifPresentOrElse(
                    vote -> vote.change(helpful), () -> activity.addAnonymousVote(new AnonymousVote(topicId, client, helpful, clock.instant())));
        });
    }

    /** Whether this names a published topic that only members may read (a visitor is asked to log in for it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isForMembers(String slug) {
        return find(slug).filter(topic -> topic.getStatus() == TopicStatus.PUBLISHED)
                .filter(topic -> !topic.isReadableBy(Visibility.readableBy(null))).isPresent();
    }

    /** One vote per member and topic; answering again changes the vote. */
    @Transactional
    public void vote(long topicId, Caller.Member caller, boolean helpful, AccountType reader) {
        long userId = caller.userId().value();
        topics.findById(topicId).filter(topic -> topic.isReadableBy(Visibility.readableBy(reader))).ifPresent(topic -> {
            activity.findVote(topicId, userId).ifPresentOrElse(vote -> vote.change(helpful, clock.instant()),
                    () -> activity.addVote(new HelpfulVote(topicId, userId, helpful, clock.instant())));
        });
    }
}
