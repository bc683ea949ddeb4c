package io.supportcenter.persistence.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.inquiry.IndexedInquiry;
import io.supportcenter.domain.kb.IndexVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Repeated questions found in the solved-inquiry index: groups of the same question asked again, per category, of
 * the last 30 days only. On generated inquiries ({@link GeneratedInquiries}: forty recurring questions) it prints how
 * pure the groups are (the share of each group's inquiries that ask its commonest question) and how many of the
 * window's inquiries fall in one.
 */
class RepeatedQuestionsIndexTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void theLastThirtyDaysFallIntoGroupsOfOneQuestionEach() {
        List<GeneratedInquiries.Generated> recent = GeneratedInquiries.generate(1, 2_000, new Random(21), NOW, 30, false);
        List<GeneratedInquiries.Generated> older = GeneratedInquiries.generate(10_001, 1_000, new Random(22),
                NOW.minus(Duration.ofDays(31)), 300, false);
        LuceneSimilarInquiryIndex index = new LuceneSimilarInquiryIndex();
        List<IndexedInquiry> all = new ArrayList<>();
        recent.forEach(g -> all.add(g.inquiry()));
        older.forEach(g -> all.add(g.inquiry()));
        index.rebuild(all, new IndexVersion("test", 1));
        Map<Long, GeneratedInquiries.Generated> byId = new HashMap<>();
        recent.forEach(g -> byId.put(g.inquiry().id(), g));

        long started = System.nanoTime();
        List<List<Long>> groups = index.repeated(NOW.minus(Duration.ofDays(30)), 3);
        double seconds = (System.nanoTime() - started) / 1e9;

        int grouped = 0;
        int asTheirCommonest = 0;
        for (List<Long> group : groups) {
            assertTrue(group.size() >= 3);
            assertTrue(group.stream().allMatch(byId::containsKey), "only the last 30 days: " + group);
            assertEquals(1, group.stream().map(id -> byId.get(id).category()).distinct().count(), "one category per group");
            Map<Integer, Long> intents = group.stream().collect(Collectors.groupingBy(id -> byId.get(id).intent(), Collectors.counting()));
            asTheirCommonest += intents.values().stream().mapToLong(Long::longValue).max().orElse(0);
            grouped += group.size();
        }
        double purity = asTheirCommonest / (double) grouped;
        double coverage = grouped / (double) recent.size();
        System.out.printf(Locale.ROOT, "REPEATED QUESTIONS: %d groups of %d inquiries (40 recurring questions asked); purity %.3f,"
                + " %.3f of the 30 days' %d inquiries in a group; found in %.2f s%n", groups.size(), grouped, purity, coverage,
                recent.size(), seconds);
        assertTrue(purity >= 0.8, "purity " + purity);
        assertTrue(coverage >= 0.8, "coverage " + coverage);
        assertTrue(groups.get(0).size() >= groups.get(groups.size() - 1).size(), "largest first");
    }

    @Test
    void fiveNearlyIdenticalQuestionsAreOneGroupAndAPairIsNone() {
        LuceneSimilarInquiryIndex index = new LuceneSimilarInquiryIndex();
        List<IndexedInquiry> solved = new ArrayList<>();
        String[] wordings = {"Where do I find the zorbex statement for last quarter?",
            "Where can I find my zorbex statement of the last quarter?", "I cannot find the quarterly zorbex statement.",
            "Where is the zorbex statement for the quarter?", "How do I find the zorbex statement for last quarter?"};
        for (int i = 0; i < wordings.length; i++) {
            solved.add(new IndexedInquiry(i + 1, 1, "payments", "Quarterly zorbex statement", wordings[i], "Under Reports.",
                    NOW.minusSeconds(i * 3600L), true));
        }
        solved.add(new IndexedInquiry(6, 1, "payments", "Tax form", "Which tax form do I need?", "W-8BEN.", NOW, true));
        solved.add(new IndexedInquiry(7, 1, "payments", "Tax form again", "Do I need a tax form?", "W-8BEN.", NOW, true));
        index.rebuild(solved, new IndexVersion("test", 1));

        List<List<Long>> groups = index.repeated(NOW.minus(Duration.ofDays(30)), 3);
        assertEquals(1, groups.size(), groups.toString());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), groups.get(0).stream().sorted().toList());
    }

}
