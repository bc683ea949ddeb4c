package io.supportcenter.persistence.inquiry;

import io.supportcenter.domain.inquiry.IndexedInquiry;
import io.supportcenter.domain.inquiry.SimilarIndexPlace;
import io.supportcenter.domain.kb.IndexVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The similar-inquiry lookup's latency as the solved inquiries grow to 1,000,000 (run with {@code mvn -B install
 * -DskipTests}, then {@code mvn -B verify -Pbenchmark -pl persistence}; never in the default test run). One index
 * on disk, as a node keeps it, grows from 10,000 generated inquiries ({@link GeneratedInquiries}, closed evenly
 * over three years) to 100,000 and 1,000,000; the lookup is the workspace's (the last 90 days first, all when those
 * yield too few); at each size {@value #WARM_UP} untimed lookups let the JIT compile Lucene's scorers, then
 * {@value #TIMED} held-out questions are timed, and p50/p95 are printed beside their ratio to the 10,000 baseline. The time
 * to index each batch is printed too: it is what a node's first start, which builds the index from every solved
 * inquiry, costs beyond reading them. Last, the run time of the repeated-question report (groups of the last 30
 * days' inquiries) on the full index.
 */
class SimilarInquiryBenchmark {

    private static final int WARM_UP = 2_000;
    private static final int TIMED = 2_000;
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    /** As the workspace asks: the last 90 days first. */
    private static final Instant RECENT_SINCE = NOW.minus(Duration.ofDays(90));
    /** Three years of solved inquiries: 1,000,000 is about 900 a day. */
    private static final int HISTORY_DAYS = 3 * 365;

    @Test
    void lookupLatencyAt10000And100000And1000000SolvedInquiries() throws IOException {
        Path directory = Path.of("target", "similar-inquiry-benchmark");
        delete(directory);
        LuceneSimilarInquiryIndex index = new LuceneSimilarInquiryIndex(new SimilarIndexPlace(Optional.of(directory)));
        Instant now = NOW;
        Random random = new Random(11);
        List<GeneratedInquiries.Generated> questions = GeneratedInquiries.generate(100_000_000, TIMED + WARM_UP, new Random(12), now, true);
        StringBuilder report = new StringBuilder("\n=== Similar-inquiry lookup (ms) ===\n").append(String.format(Locale.ROOT,
                "%10s | %12s | %9s %9s | %10s %10s%n", "inquiries", "indexed/s", "p50", "p95", "p50 ratio", "p95 ratio"));
        int indexed = 0;
        double[] baseline = null;
        for (int size : new int[] {10_000, 100_000, 1_000_000}) {
            long started = System.nanoTime();
            int from = indexed;
            while (indexed < size) {
                int batch = Math.min(50_000, size - indexed);
                List<IndexedInquiry> more = GeneratedInquiries.generate(indexed + 1, batch, random, now, HISTORY_DAYS, false).stream()
                        .map(GeneratedInquiries.Generated::inquiry).toList();
                index.apply(more, new IndexVersion("benchmark", indexed + batch));
                indexed += batch;
            }
            double perSecond = (size - from) / ((System.nanoTime() - started) / 1e9);
            for (int i = 0; i < WARM_UP; i++) {
                lookUp(index, questions.get(TIMED + i));
            }
            long[] nanos = new long[TIMED];
            for (int i = 0; i < TIMED; i++) {
                long start = System.nanoTime();
                lookUp(index, questions.get(i));
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            double[] figures = {nanos[TIMED / 2] / 1e6, nanos[TIMED * 95 / 100] / 1e6};
            if (baseline == null) {
                baseline = figures;
            }
            report.append(String.format(Locale.ROOT, "%,10d | %,12.0f | %9.2f %9.2f | %10.2f %10.2f%n", size, perSecond,
                    figures[0], figures[1], figures[0] / baseline[0], figures[1] / baseline[1]));
        }
        // The weekly repeated-question report on the same index: the last 30 days of three years' inquiries.
        long started = System.nanoTime();
        List<List<Long>> groups = index.repeated(NOW.minus(Duration.ofDays(30)), 3);
        report.append(String.format(Locale.ROOT, "repeated questions of the last 30 days at %,d: %d groups of %,d inquiries in %.1f s%n",
                indexed, groups.size(), groups.stream().mapToInt(List::size).sum(), (System.nanoTime() - started) / 1e9));
        System.out.println(report);
        index.close();
    }

    private static void lookUp(LuceneSimilarInquiryIndex index, GeneratedInquiries.Generated question) {
        IndexedInquiry asked = question.inquiry();
        if (index.similar(asked.subject(), asked.question(), asked.teamId(), asked.id(), RECENT_SINCE, 3 + 3).isEmpty()) {
            throw new AssertionError("nothing found for " + asked);
        }
    }

    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
