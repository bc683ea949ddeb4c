package io.supportcenter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.kb.KnowledgeBaseSeed;
import io.supportcenter.domain.kb.SearchIndexPlace;
import io.supportcenter.domain.kb.SearchIndexer;
import io.supportcenter.domain.kb.SearchQuery;
import io.supportcenter.domain.kb.SeedCategory;
import io.supportcenter.domain.kb.SeedTopic;
import io.supportcenter.domain.kb.Topic;
import io.supportcenter.domain.kb.Visibility;
import io.supportcenter.persistence.kb.JpaCategoryRepository;
import io.supportcenter.persistence.kb.JpaKnowledgeBaseChanges;
import io.supportcenter.persistence.kb.JpaTopicRepository;
import io.supportcenter.persistence.kb.LuceneTopicIndex;
import io.supportcenter.persistence.ops.JpaTaskLockRepository;
import io.supportcenter.persistence.staff.JpaTeamRepository;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node's search index kept on its disk: a restart indexes only the topics changed meanwhile, an index of another
 * database or one that cannot be read is built anew, and a directory another node holds leaves this node an index
 * in memory.
 */
class SearchIndexOnDiskTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC);
    private static final int TOPICS = 40;

    @TempDir
    Path dir;

    private static TestDatabase seeded() {
        TestDatabase db = TestDatabase.create().migrate();
        List<SeedTopic> topics = IntStream.rangeClosed(1, TOPICS).mapToObj(n -> new SeedTopic("topic-" + n,
                "Payout question number" + n, "payments", Visibility.PUBLIC, List.of(), "How payouts work, part " + n + ".")).toList();
        db.inTransaction(em -> new KnowledgeBaseSeed(new JpaTaskLockRepository(em), new JpaCategoryRepository(em),
                new JpaTopicRepository(em), new JpaTeamRepository(em), markdown -> "<p>" + markdown + "</p>",
                new JpaKnowledgeBaseChanges(em), CLOCK)
                .loadOnce(List.of(new SeedCategory("payments", "Payments", null, "CLIENT_SUPPORT", true, 1)), topics));
        return db;
    }

    private static SearchIndexer.Refresh refresh(TestDatabase db, LuceneTopicIndex index) {
        return db.inTransaction(em -> new SearchIndexer(new JpaTopicRepository(em), index, new JpaKnowledgeBaseChanges(em)).refresh());
    }

    private static long found(LuceneTopicIndex index, String text) {
        return index.search(new SearchQuery(text, null, Visibility.readableBy(AccountType.PUBLISHER), 0, 50)).total();
    }

    private static void retitle(TestDatabase db, String slug, String title) {
        db.inTransaction(em -> {
            Topic topic = new JpaTopicRepository(em).findBySlug(slug).orElseThrow();
            topic.edit(title, "Changed while the node was down.", markdown -> "<p>" + markdown + "</p>", CLOCK.instant());
            topic.changedIn(new JpaKnowledgeBaseChanges(em).raise());
            return null;
        });
    }

    private static void close(LuceneTopicIndex index) throws Exception {
        Method close = LuceneTopicIndex.class.getDeclaredMethod("close");
        close.setAccessible(true);
        close.invoke(index);
    }

    @Test
    void aRestartIndexesOnlyTheTopicsChangedMeanwhile() throws Exception {
        try (TestDatabase db = seeded()) {
            LuceneTopicIndex first = new LuceneTopicIndex(new SearchIndexPlace(Optional.of(dir)));
            assertEquals(SearchIndexer.Refresh.FULL, refresh(db, first), "a new directory: built from every topic");
            assertEquals(TOPICS, found(first, "payouts"));
            close(first);

            retitle(db, "topic-7", "Wire transfer fees");
            LuceneTopicIndex second = new LuceneTopicIndex(new SearchIndexPlace(Optional.of(dir)));
            assertTrue(second.version().isPresent(), "the version the index reflects is kept with it");
            assertEquals(SearchIndexer.Refresh.CHANGES, refresh(db, second), "kept on disk: only what changed is indexed");
            assertEquals(1, found(second, "wire transfer"), "the topic changed while the node was down");
            assertEquals(TOPICS - 1, found(second, "payouts"), "the others come from the disk");
            assertEquals(SearchIndexer.Refresh.NONE, refresh(db, second));
            close(second);
        }
    }

    @Test
    void anIndexOfAnotherDatabaseOrOneThatCannotBeReadIsBuiltAnew() throws Exception {
        try (TestDatabase one = seeded(); TestDatabase other = seeded()) {
            LuceneTopicIndex index = new LuceneTopicIndex(new SearchIndexPlace(Optional.of(dir)));
            refresh(one, index);
            close(index);

            LuceneTopicIndex reopened = new LuceneTopicIndex(new SearchIndexPlace(Optional.of(dir)));
            assertEquals(SearchIndexer.Refresh.FULL, refresh(other, reopened), "the same change number, another database");
            close(reopened);

            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.write(file, new byte[] {1, 2, 3});
                }
            }
            LuceneTopicIndex rebuilt = new LuceneTopicIndex(new SearchIndexPlace(Optional.of(dir)));
            assertEquals(SearchIndexer.Refresh.FULL, refresh(other, rebuilt), "unreadable files: written anew");
            assertEquals(TOPICS, found(rebuilt, "payouts"));
            close(rebuilt);
        }
    }

    @Test
    void aDirectoryAnotherNodeHoldsLeavesThisNodeAnIndexInMemory() throws Exception {
        try (TestDatabase db = seeded()) {
            LuceneTopicIndex holder = new LuceneTopicIndex(new SearchIndexPlace(Optional.of(dir)));
            LuceneTopicIndex second = new LuceneTopicIndex(new SearchIndexPlace(Optional.of(dir)));
            assertEquals(SearchIndexer.Refresh.FULL, refresh(db, holder));
            assertEquals(SearchIndexer.Refresh.FULL, refresh(db, second), "its own index, in memory");
            assertEquals(TOPICS, found(second, "payouts"));
            close(second);
            close(holder);
        }
    }

    @Test
    void aDirectoryThatCannotBeMadeLeavesAnIndexInMemory() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        try (TestDatabase db = seeded()) {
            LuceneTopicIndex index = new LuceneTopicIndex(new SearchIndexPlace(Optional.of(file.resolve("index"))));
            assertEquals(SearchIndexer.Refresh.FULL, refresh(db, index));
            assertEquals(TOPICS, found(index, "payouts"));
        }
    }
}
