package io.supportcenter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.kb.CategoryNode;
import io.supportcenter.domain.kb.CategoryTree;
import io.supportcenter.domain.kb.KnowledgeBaseSeed;
import io.supportcenter.domain.kb.KnowledgeBaseService;
import io.supportcenter.domain.kb.PopularTopics;
import io.supportcenter.domain.kb.PopularityPolicy;
import io.supportcenter.domain.kb.SearchIndexer;
import io.supportcenter.domain.kb.SearchResults;
import io.supportcenter.domain.kb.SeedCategory;
import io.supportcenter.domain.kb.SeedTopic;
import io.supportcenter.domain.kb.TopicPage;
import io.supportcenter.domain.kb.TopicSummary;
import io.supportcenter.domain.kb.Visibility;
import io.supportcenter.domain.support.Callers;
import io.supportcenter.persistence.kb.BatchedSearchLog;
import io.supportcenter.persistence.kb.JpaCategoryRepository;
import io.supportcenter.persistence.kb.JpaKnowledgeBaseChanges;
import io.supportcenter.persistence.kb.JpaTopicActivityRepository;
import io.supportcenter.persistence.kb.JpaTopicRepository;
import io.supportcenter.persistence.kb.LuceneTopicIndex;
import io.supportcenter.persistence.ops.JpaTaskLockRepository;
import io.supportcenter.persistence.staff.JpaTeamRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The knowledge base on a real database: seeding, browsing by visibility, search, views and votes. */
class KnowledgeBasePersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
    private static final LuceneTopicIndex INDEX = new LuceneTopicIndex();
    private static TestDatabase db;
    private static BatchedSearchLog searchLog;

    /** The services of one transaction, as the container would wire them. */
    private record Services(KnowledgeBaseSeed seed, KnowledgeBaseService kb, SearchIndexer indexer, PopularTopics popular) {
    }

    private static <T> T inTransaction(Function<Services, T> work) {
        EntityManager em = db.entityManagerFactory().createEntityManager();
        try {
            em.getTransaction().begin();
            JpaTopicRepository topics = new JpaTopicRepository(em);
            JpaTopicActivityRepository activity = new JpaTopicActivityRepository(em);
            JpaCategoryRepository categories = new JpaCategoryRepository(em);
            JpaKnowledgeBaseChanges changes = new JpaKnowledgeBaseChanges(em);
            Services services = new Services(
                    new KnowledgeBaseSeed(new JpaTaskLockRepository(em), categories, topics, new JpaTeamRepository(em),
                            markdown -> "<p>" + markdown + "</p>", changes, CLOCK),
                    new KnowledgeBaseService(categories, topics, activity, searchLog, INDEX, new CategoryTree(), CLOCK),
                    new SearchIndexer(topics, INDEX, changes),
                    new PopularTopics(topics, categories, activity, new PopularityPolicy(7, 2.0, 3), CLOCK));
            T result = work.apply(services);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @BeforeAll
    static void seed() {
        db = TestDatabase.create().migrate();
        searchLog = new BatchedSearchLog(new TransactionalSearchLogWriter(db));
        List<SeedCategory> categories = List.of(
                new SeedCategory("account", "Account", null, "CLIENT_SUPPORT", true, 1),
                new SeedCategory("login", "Login", "account", "CLIENT_SUPPORT", false, 1),
                new SeedCategory("payments", "Payments", null, "CLIENT_SUPPORT", false, 2));
        List<SeedTopic> topics = List.of(
                new SeedTopic("reset-password", "Reset a password", "login", Visibility.PUBLIC, List.of("publisher-pay"), "Use Login Help to reset your password."),
                new SeedTopic("publisher-pay", "When publishers are paid", "payments", Visibility.PUBLISHERS, List.of(), "Publishers are paid monthly."),
                new SeedTopic("advertiser-invoices", "Advertiser invoices", "payments", Visibility.ADVERTISERS, List.of(), "Advertisers receive invoices."),
                new SeedTopic("members-reports", "Reading reports", "account", Visibility.MEMBERS, List.of(), "Reports for every member."));
        boolean loaded = inTransaction(s -> s.seed().loadOnce(categories, topics));
        boolean loadedAgain = inTransaction(s -> s.seed().loadOnce(categories, topics));
        SearchIndexer.Refresh indexed = inTransaction(s -> s.indexer().refresh());
        assertTrue(loaded);
        assertFalse(loadedAgain, "loaded once");
        assertEquals(SearchIndexer.Refresh.FULL, indexed, "a new index is built from every topic");
        assertEquals(SearchIndexer.Refresh.NONE, inTransaction(s -> s.indexer().refresh()), "and kept while nothing changes");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void theTreeNestsSubCategoriesAndAParentListsTheirTopics() {
        List<CategoryNode> tree = inTransaction(s -> s.kb().tree());
        assertEquals(List.of("account", "payments"), tree.stream().map(CategoryNode::slug).toList());
        assertEquals("login", tree.get(0).children().get(0).slug());
        List<TopicSummary> inAccount = inTransaction(s -> s.kb().topicsIn("account", AccountType.PUBLISHER));
        assertEquals(List.of("members-reports", "reset-password"), inAccount.stream().map(TopicSummary::slug).toList());
    }

    @Test
    void eachReaderSeesOnlyWhatTheyMay() {
        assertEquals(List.of("reset-password"), inTransaction(s -> s.kb().topicsIn("account", null)).stream().map(TopicSummary::slug).toList());
        assertEquals(List.of("advertiser-invoices"), inTransaction(s -> s.kb().topicsIn("payments", AccountType.ADVERTISER))
                .stream().map(TopicSummary::slug).toList());
        assertTrue(inTransaction(s -> s.kb().topic("publisher-pay", AccountType.ADVERTISER)).isEmpty());
        TopicPage reset = inTransaction(s -> s.kb().topic("reset-password", AccountType.ADVERTISER)).orElseThrow();
        assertEquals(List.of(), reset.related(), "a related topic the reader may not see is left out");
        TopicPage forPublisher = inTransaction(s -> s.kb().topic("reset-password", AccountType.PUBLISHER)).orElseThrow();
        assertEquals(List.of("publisher-pay"), forPublisher.related().stream().map(TopicSummary::slug).toList());
    }

    @Test
    void searchesAreLoggedAndViewsAndVotesCount() {
        SearchResults results = inTransaction(s -> s.kb().search("Reset  PASSWORD", null, AccountType.PUBLISHER, 0, 10));
        assertEquals(1, results.total());
        long topicId = results.hits().get(0).topicId();
        inTransaction(s -> {
            s.kb().viewed(topicId, AccountType.PUBLISHER, results.logId());
            s.kb().vote(topicId, Callers.member(42L, 1), true, AccountType.PUBLISHER);
            return null;
        });
        inTransaction(s -> {
            s.kb().vote(topicId, Callers.member(42L, 1), false, AccountType.PUBLISHER);
            s.kb().vote(topicId, Callers.member(43L, 1), true, AccountType.PUBLISHER);
            return null;
        });
        TopicPage page = inTransaction(s -> s.kb().topic(String.valueOf(topicId), AccountType.PUBLISHER)).orElseThrow();
        assertEquals(1, page.helpful(), "one vote per user: the second answer replaced the first");
        assertEquals(1, page.notHelpful());
        searchLog.flush();
        assertEquals(1, db.count("SELECT COUNT(*) FROM kb_search_log WHERE query_text = 'reset password' AND opened_topic_id = " + topicId));
    }

    @Test
    void popularTopicsFollowViewsAndRespectVisibility() {
        long invoices = inTransaction(s -> s.kb().search("invoices", null, AccountType.ADVERTISER, 0, 1)).hits().get(0).topicId();
        long pay = inTransaction(s -> s.kb().search("paid", null, AccountType.PUBLISHER, 0, 1)).hits().get(0).topicId();
        inTransaction(s -> {
            for (int i = 0; i < 5; i++) {
                s.kb().viewed(pay, AccountType.PUBLISHER, null);
            }
            for (int i = 0; i < 4; i++) {
                s.kb().viewed(invoices, AccountType.ADVERTISER, null);
            }
            return null;
        });
        // One PopularTopics holds one ranking (in the container it is application-scoped).
        List<List<String>> lists = inTransaction(s -> {
            s.popular().refresh();
            return List.of(s.popular().summariesFor(AccountType.PUBLISHER).stream().map(TopicSummary::slug).toList(),
                    s.popular().summariesFor(AccountType.ADVERTISER).stream().map(TopicSummary::slug).toList());
        });
        List<String> forPublisher = lists.get(0);
        assertEquals("publisher-pay", forPublisher.get(0), forPublisher.toString());
        List<String> forAdvertiser = lists.get(1);
        assertEquals("advertiser-invoices", forAdvertiser.get(0), forAdvertiser.toString());
        assertFalse(forAdvertiser.contains("publisher-pay"));
    }

    @Test
    void aVisitorsVotesCountApartAndOncePerClientAndTopicADay() {
        long topicId = inTransaction(s -> s.kb().topic("reset-password", null)).orElseThrow().id();
        long membersOnly = inTransaction(s -> s.kb().topic("members-reports", AccountType.PUBLISHER)).orElseThrow().id();
        long membersBefore = db.count("SELECT COUNT(*) FROM kb_helpful_vote WHERE topic_id = " + topicId);
        inTransaction(s -> {
            s.kb().voteAnonymously(topicId, true, new Caller.Anonymous("203.0.113.7"));
            return null;
        });
        inTransaction(s -> {
            s.kb().voteAnonymously(topicId, false, new Caller.Anonymous("203.0.113.7"));
            s.kb().voteAnonymously(topicId, true, new Caller.Anonymous("198.51.100.8"));
            s.kb().voteAnonymously(membersOnly, true, new Caller.Anonymous("198.51.100.8"));
            return null;
        });
        assertEquals(1, db.count("SELECT COUNT(*) FROM kb_anonymous_vote WHERE topic_id = " + topicId + " AND helpful = TRUE"),
                "the first client's second answer replaced its first");
        assertEquals(1, db.count("SELECT COUNT(*) FROM kb_anonymous_vote WHERE topic_id = " + topicId + " AND helpful = FALSE"));
        assertEquals(0, db.count("SELECT COUNT(*) FROM kb_anonymous_vote WHERE topic_id = " + membersOnly), "a visitor may not read it");
        assertEquals(0, db.count("SELECT COUNT(*) FROM kb_anonymous_vote WHERE client_key LIKE '%203.0.113.7%'"), "kept as a digest");
        assertEquals(membersBefore, db.count("SELECT COUNT(*) FROM kb_helpful_vote WHERE topic_id = " + topicId),
                "members' figures are not touched");
        assertTrue(Boolean.TRUE.equals(inTransaction(s -> Boolean.valueOf(s.kb().isForMembers("members-reports")))));
        assertFalse(Boolean.TRUE.equals(inTransaction(s -> Boolean.valueOf(s.kb().isForMembers("reset-password")))));
        assertFalse(Boolean.TRUE.equals(inTransaction(s -> Boolean.valueOf(s.kb().isForMembers("no-such-topic")))));
    }
}
