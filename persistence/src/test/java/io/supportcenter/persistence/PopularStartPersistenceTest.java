package io.supportcenter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.kb.KnowledgeBaseSeed;
import io.supportcenter.domain.kb.PopularTopics;
import io.supportcenter.domain.kb.PopularityPolicy;
import io.supportcenter.domain.kb.SeedCategory;
import io.supportcenter.domain.kb.SeedTopic;
import io.supportcenter.domain.kb.TopicSummary;
import io.supportcenter.domain.kb.Visibility;
import io.supportcenter.persistence.kb.JpaCategoryRepository;
import io.supportcenter.persistence.kb.JpaKnowledgeBaseChanges;
import io.supportcenter.persistence.kb.JpaTopicActivityRepository;
import io.supportcenter.persistence.kb.JpaTopicRepository;
import io.supportcenter.persistence.ops.JpaTaskLockRepository;
import io.supportcenter.persistence.staff.JpaTeamRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Most Popular Topics of a new database, before anyone has read anything: the editors' arrangement (pins in the
 * order they were made, then the featured categories in turn), never the alphabet. Titles are chosen so that an
 * alphabetical list would differ at every place.
 */
class PopularStartPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private TestDatabase db;

    @BeforeEach
    void newDatabase() {
        db = TestDatabase.create().migrate();
        List<SeedCategory> categories = List.of(
                new SeedCategory("getting-started", "Getting Started", null, "CLIENT_SUPPORT", true, 1),
                new SeedCategory("account", "Account", null, "CLIENT_SUPPORT", true, 2),
                new SeedCategory("login", "Login", "account", "CLIENT_SUPPORT", false, 1),
                new SeedCategory("payments", "Payments", null, "CLIENT_SUPPORT", false, 3));
        List<SeedTopic> topics = List.of(
                new SeedTopic("aardvark-fees", "Aardvark fees", "payments", Visibility.PUBLIC, List.of(), "Fees."),
                new SeedTopic("log-in", "Log in", "login", Visibility.PUBLIC, List.of(), "Log in."),
                new SeedTopic("welcome", "Welcome to the network", "getting-started", Visibility.PUBLIC, List.of(), "Welcome."),
                new SeedTopic("your-account", "Your account", "account", Visibility.PUBLIC, List.of(), "Account."),
                new SeedTopic("basics", "Basics", "getting-started", Visibility.PUBLIC, List.of(), "Basics."),
                new SeedTopic("members-first", "A members' guide", "getting-started", Visibility.MEMBERS, List.of(), "Members."),
                new SeedTopic("alpha-pinned", "Alpha pinned", "payments", Visibility.PUBLIC, List.of(), "Pinned second."),
                new SeedTopic("yankee-pinned", "Yankee pinned", "payments", Visibility.PUBLIC, List.of(), "Pinned first."));
        db.inTransaction(em -> new KnowledgeBaseSeed(new JpaTaskLockRepository(em), new JpaCategoryRepository(em),
                new JpaTopicRepository(em), new JpaTeamRepository(em), markdown -> "<p>" + markdown + "</p>",
                new JpaKnowledgeBaseChanges(em), CLOCK).loadOnce(categories, topics));
        db.inTransaction(em -> {
            JpaTopicRepository repository = new JpaTopicRepository(em);
            repository.findBySlug("yankee-pinned").orElseThrow().pin(true, NOW.minusSeconds(60));
            repository.findBySlug("alpha-pinned").orElseThrow().pin(true, NOW);
            return null;
        });
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private List<String> popularFor(AccountType reader, int size) {
        return db.inTransaction(em -> {
            PopularTopics popular = new PopularTopics(new JpaTopicRepository(em), new JpaCategoryRepository(em),
                    new JpaTopicActivityRepository(em), new PopularityPolicy(7, 2.0, size), CLOCK);
            popular.refresh();
            return popular.summariesFor(reader).stream().map(TopicSummary::slug).toList();
        });
    }

    @Test
    void pinsInTheirOrderThenTheFeaturedCategoriesInTurnThenTheRestAsWritten() {
        assertEquals(List.of("yankee-pinned", "alpha-pinned", "welcome", "your-account", "basics", "log-in", "aardvark-fees"),
                popularFor(null, 7));
    }

    @Test
    void membersGetTheirTopicsInTheSameArrangement() {
        assertEquals(List.of("yankee-pinned", "alpha-pinned", "welcome", "your-account", "basics", "log-in", "members-first"),
                popularFor(AccountType.PUBLISHER, 7));
    }
}
