package io.supportcenter.persistence.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.kb.IndexVersion;
import io.supportcenter.domain.kb.IndexedTopic;
import io.supportcenter.domain.kb.SearchHit;
import io.supportcenter.domain.kb.SearchQuery;
import io.supportcenter.domain.kb.SearchResults;
import io.supportcenter.domain.kb.Visibility;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LuceneTopicIndexTest {

    private final LuceneTopicIndex index = new LuceneTopicIndex();

    private static IndexedTopic topic(long id, String title, String text, String category, Visibility visibility) {
        return new IndexedTopic(id, "topic-" + id, title, text, category, List.of(category, "parent-of-" + category), visibility, true);
    }

    @BeforeEach
    void fill() {
        index.rebuild(List.of(
                topic(1, "Reading your commission reports", "The reporting pages show every commission by day.", "reporting", Visibility.MEMBERS),
                topic(2, "How do I reset a forgotten password?", "Use Login Help to get a new system password by email.", "login", Visibility.PUBLIC),
                topic(3, "Payment thresholds for publishers", "Publishers are paid once their balance passes the threshold.", "payments", Visibility.PUBLISHERS),
                topic(4, "Uploading transaction files", "Advertisers upload transaction files every night. Reports follow.", "data", Visibility.ADVERTISERS),
                topic(5, "Cookie duration", "A <script>alert(1)</script> in text stays text & is escaped in snippets.", "links", Visibility.PUBLIC),
                new IndexedTopic(6, "draft", "Unpublished draft about reports", "draft text", "reporting", List.of("reporting"), Visibility.PUBLIC, false)),
                new IndexVersion("test-database", 1));
    }

    private SearchResults search(String text, AccountType reader) {
        return index.search(new SearchQuery(text, null, Visibility.readableBy(reader), 0, 10));
    }

    private static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::topicId).toList();
    }

    @Test
    void stemmingFindsReportingTopicsForReports() {
        assertEquals(1L, ids(search("reports", AccountType.PUBLISHER)).get(0));
    }

    @Test
    void typosStillFindTheTopic() {
        assertEquals(List.of(2L), ids(search("pasword resett", AccountType.PUBLISHER)));
    }

    @Test
    void aWordTheIndexKnowsIsNotStretchedToItsNeighbours() {
        index.update(topic(8, "Preset filters", "Save a preset of report filters.", "reporting", Visibility.PUBLIC));
        assertEquals(List.of(2L), ids(search("reset", AccountType.PUBLISHER)), "'reset' is a word of the index: no 'preset'");
        assertTrue(ids(search("presett", AccountType.PUBLISHER)).contains(8L), "an unknown word still finds its neighbour");
    }

    @Test
    void theSnippetOfATypoMarksTheWordItFound() {
        SearchHit hit = search("pasword", null).hits().get(0);
        assertEquals(2L, hit.topicId());
        assertTrue(hit.snippetHtml().contains("<mark>password</mark>"), hit.snippetHtml());
    }

    @Test
    void visitorsSeeOnlyPublicTopicsAndEachAccountTypeOnlyItsOwn() {
        assertEquals(List.of(), ids(search("reports", null)), "members-only topics are hidden from visitors");
        assertTrue(ids(search("transaction files", AccountType.ADVERTISER)).contains(4L));
        assertFalse(ids(search("transaction files", AccountType.PUBLISHER)).contains(4L));
        assertFalse(ids(search("payment threshold", AccountType.ADVERTISER)).contains(3L));
        assertTrue(ids(search("payment threshold", AccountType.PUBLISHER)).contains(3L));
    }

    @Test
    void draftsAreNeverFound() {
        assertFalse(ids(search("unpublished draft", AccountType.PUBLISHER)).contains(6L));
    }

    @Test
    void aTitleMatchRanksAboveABodyMatch() {
        List<Long> found = ids(search("reports", AccountType.ADVERTISER));
        assertEquals(List.of(1L, 4L), found, "title 'reports' before body 'Reports'");
    }

    @Test
    void theCategoryFilterIncludesSubCategories() {
        SearchResults inParent = index.search(new SearchQuery("reports", "parent-of-reporting", Visibility.readableBy(AccountType.PUBLISHER), 0, 10));
        assertEquals(List.of(1L), ids(inParent));
        SearchResults elsewhere = index.search(new SearchQuery("reports", "links", Visibility.readableBy(AccountType.PUBLISHER), 0, 10));
        assertEquals(List.of(), ids(elsewhere));
    }

    @Test
    void snippetsMarkMatchesAndEscapeEverythingElse() {
        SearchHit hit = search("cookie script", null).hits().get(0);
        assertTrue(hit.snippetHtml().contains("<mark>"), hit.snippetHtml());
        assertFalse(hit.snippetHtml().contains("<script>"), hit.snippetHtml());
        assertTrue(hit.snippetHtml().contains("&lt;"), hit.snippetHtml());
    }

    @Test
    void queriesWithLuceneSyntaxOrNothingSearchableAreHarmless() {
        for (String odd : new String[] {"\"(password* AND:", "]]]", "the of and", "   ", "+-!~^?\\/"}) {
            SearchResults results = search(odd, AccountType.PUBLISHER);
            assertNotNull(results);
        }
        assertEquals(List.of(2L), ids(search("password* (reset)", AccountType.PUBLISHER)));
    }

    @Test
    void whenNothingMatchesACorrectionIsSuggested() {
        SearchResults none = search("threshhold commision", AccountType.ADVERTISER);
        assertEquals(0, none.total());
        assertEquals("threshold commission", none.suggestion());
    }

    @Test
    void anUpdateIsSearchableAtOnceAndUnpublishingRemovesIt() {
        index.update(topic(7, "Brand new topic about widgets", "Widgets explained.", "links", Visibility.PUBLIC));
        assertEquals(List.of(7L), ids(search("widgets", null)));
        index.update(new IndexedTopic(7, "topic-7", "Brand new topic about widgets", "Widgets explained.", "links", List.of("links"), Visibility.PUBLIC, false));
        assertEquals(List.of(), ids(search("widgets", null)));
    }

    @Test
    void resultsArePaged() {
        SearchResults first = index.search(new SearchQuery("reports", null, Visibility.readableBy(AccountType.ADVERTISER), 0, 1));
        SearchResults second = index.search(new SearchQuery("reports", null, Visibility.readableBy(AccountType.ADVERTISER), 1, 1));
        assertEquals(2, first.total());
        assertEquals(List.of(1L), ids(first));
        assertEquals(List.of(4L), ids(second));
    }
}
