package io.supportcenter.persistence.inquiry;

import io.supportcenter.domain.inquiry.IndexedInquiry;
import io.supportcenter.domain.inquiry.SimilarIndexPlace;
import io.supportcenter.domain.inquiry.SimilarInquiryIndex;
import io.supportcenter.domain.kb.IndexVersion;
import io.supportcenter.persistence.search.NodeIndex;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The solved inquiries of this node's index ({@link NodeIndex}: on its disk, or in memory), each with its team, its
 * category and, in one field, the subject and question as the member asked them. A new question finds the most like
 * it by Lucene's more-like-this: its words weighed by how rare they are among all solved inquiries (tf-idf), English
 * stemming and stop words applied; the staff reply is kept apart, unsearched by questions. Recent answers come first:
 * the inquiries closed since a given time are searched alone, and all of them only when those yield too few, so
 * that a lookup costs what the recent months hold, not the whole history (at 1,000,000 solved inquiries the
 * difference is 2 against 30 ms: see SimilarInquiryBenchmark).
 */
@ApplicationScoped
public class LuceneSimilarInquiryIndex implements SimilarInquiryIndex {

    static final String ID = "id";
    static final String TEAM = "team";
    static final String CATEGORY = "category";
    static final String CLOSED = "closed";
    static final String QUESTION = "question";
    static final String REPLY = "reply";
    /** The version of what this build writes: an index written otherwise is built anew. */
    private static final String FORMAT = "1";
    /** How much of a long question a lookup reads: its opening says what it is about. */
    private static final int LOOKUP_CHARS = 2_000;
    /** Share of an example's score against itself from which another question counts as the same one asked again. */
    static final float ALIKE = 0.45f;
    /** How many of the most alike a group takes at most at a time (a larger one goes on as a second group). */
    private static final int GROUP_LOOKED_AT = 1_000;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final NodeIndex index;
    private final IndexWriter writer;

    /** An index in memory (tests). */
    public LuceneSimilarInquiryIndex() {
        this(SimilarIndexPlace.inMemory());
    }

    @Inject
    public LuceneSimilarInquiryIndex(SimilarIndexPlace place) {
        index = new NodeIndex(place.directory(), analyzer, "solved-inquiry index", FORMAT);
        writer = index.writer();
    }

    @Override
    public synchronized Optional<IndexVersion> version() {
        return index.version();
    }

    @Override
    public synchronized void rebuild(Iterable<IndexedInquiry> solved, IndexVersion version) {
        try {
            writer.deleteAll();
            for (IndexedInquiry inquiry : solved) {
                if (inquiry.solved()) {
                    writer.addDocument(document(inquiry));
                }
            }
            index.commit(version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void apply(Collection<IndexedInquiry> changed, IndexVersion version) {
        try {
            for (IndexedInquiry inquiry : changed) {
                write(inquiry);
            }
            index.commit(version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void update(IndexedInquiry inquiry) {
        try {
            write(inquiry);
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(IndexedInquiry inquiry) throws IOException {
        Term id = new Term(ID, Long.toString(inquiry.id()));
        if (inquiry.solved()) {
            writer.updateDocument(id, document(inquiry));
        } else {
            writer.deleteDocuments(id);
        }
    }

    private static Document document(IndexedInquiry inquiry) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(inquiry.id()), Field.Store.YES));
        doc.add(new StringField(TEAM, Long.toString(inquiry.teamId()), Field.Store.NO));
        doc.add(new StringField(CATEGORY, inquiry.categorySlug(), Field.Store.YES));
        if (inquiry.closedAt() != null) {
            doc.add(new LongPoint(CLOSED, inquiry.closedAt().toEpochMilli()));
            doc.add(new StoredField(CLOSED, inquiry.closedAt().toEpochMilli()));
        }
        // Stored, so that a solved inquiry can be the example that others are compared with (repeated questions).
        doc.add(new TextField(QUESTION, inquiry.subject() + "\n" + inquiry.question(), Field.Store.YES));
        doc.add(new TextField(REPLY, inquiry.reply(), Field.Store.NO));
        return doc;
    }

    @Override
    public List<Long> similar(String subject, String question, long teamId, long except, Instant recentSince, int max) {
        if (max <= 0) {
            return List.of();
        }
        String text = subject + "\n" + question;
        String lookup = text.length() > LOOKUP_CHARS ? text.substring(0, LOOKUP_CHARS) : text;
        return index.search(searcher -> {
            Query words = moreLikeThis(searcher).like(QUESTION, new StringReader(lookup));
            ScoreDoc[] top = searcher.search(similar(words, teamId, except, recentSince), max).scoreDocs;
            if (top.length < max) {
                top = searcher.search(similar(words, teamId, except, null), max).scoreDocs;
            }
            List<Long> ids = new ArrayList<>(top.length);
            for (ScoreDoc hit : top) {
                ids.add(Long.parseLong(searcher.storedFields().document(hit.doc).get(ID)));
            }
            return ids;
        });
    }

    @Override
    public List<List<Long>> repeated(Instant since, int minSize) {
        return index.search(searcher -> {
            Query window = LongPoint.newRangeQuery(CLOSED, since.toEpochMilli(), Long.MAX_VALUE);
            List<List<Long>> groups = new ArrayList<>();
            for (Map.Entry<String, Set<Integer>> category : byCategory(searcher, window).entrySet()) {
                Set<Integer> left = category.getValue();
                List<List<Integer>> found = new ArrayList<>();
                while (!left.isEmpty()) {
                    int example = left.iterator().next();
                    List<Integer> alike = alike(searcher, example, category.getKey(), window, left);
                    left.removeAll(alike);
                    found.add(alike);
                }
                for (List<Integer> group : merged(searcher, found, category.getKey(), window)) {
                    if (group.size() >= minSize) {
                        List<Long> ids = new ArrayList<>(group.size());
                        for (int doc : group) {
                            ids.add(Long.parseLong(searcher.storedFields().document(doc, Set.of(ID)).get(ID)));
                        }
                        groups.add(ids);
                    }
                }
            }
            groups.sort(Comparator.comparingInt((List<Long> group) -> group.size()).reversed());
            return groups;
        });
    }

    /**
     * The groups of one category, each joined by the later groups whose example is alike to its own example: a group
     * begun by an unusual wording of a question takes in the rest of that question once its usual wording is met.
     */
    private List<List<Integer>> merged(IndexSearcher searcher, List<List<Integer>> found, String category, Query window) throws IOException {
        found.sort(Comparator.comparingInt((List<Integer> group) -> group.size()).reversed());
        Map<Integer, List<Integer>> byExample = new LinkedHashMap<>();
        for (List<Integer> group : found) {
            byExample.put(group.get(0), group);
        }
        List<List<Integer>> merged = new ArrayList<>();
        Set<Integer> examples = new LinkedHashSet<>(byExample.keySet());
        while (!examples.isEmpty()) {
            int example = examples.iterator().next();
            examples.remove(example);
            List<Integer> group = new ArrayList<>(byExample.get(example));
            if (group.size() > 1) {
                for (int other : alike(searcher, example, category, window, examples)) {
                    if (other != example) {
                        group.addAll(byExample.get(other));
                        examples.remove(other);
                    }
                }
            }
            merged.add(group);
        }
        return merged;
    }

    /** The documents in the window, by category, each category's in index order (about the order they closed in). */
    private static Map<String, Set<Integer>> byCategory(IndexSearcher searcher, Query window) throws IOException {
        Map<String, Set<Integer>> byCategory = new LinkedHashMap<>();
        Weight weight = searcher.createWeight(searcher.rewrite(window), ScoreMode.COMPLETE_NO_SCORES, 1f);
        StoredFields stored = searcher.storedFields();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    int global = leaf.docBase + doc;
                    String category = stored.document(global, Set.of(CATEGORY)).get(CATEGORY);
                    byCategory.computeIfAbsent(category, any -> new LinkedHashSet<>()).add(global);
                }
            }
        }
        return byCategory;
    }

    /**
     * The example and the documents of {@code left} in its category and window that are most like it: those scoring at
     * least {@value #ALIKE} of what the example scores against itself (its own words, all matching).
     */
    private List<Integer> alike(IndexSearcher searcher, int example, String category, Query window, Set<Integer> left) throws IOException {
        MoreLikeThis like = moreLikeThis(searcher);
        Query query = new BooleanQuery.Builder()
                .add(like.like(example), Occur.MUST)
                .add(new TermQuery(new Term(CATEGORY, category)), Occur.FILTER)
                .add(window, Occur.FILTER)
                .build();
        ScoreDoc[] top = searcher.search(query, GROUP_LOOKED_AT).scoreDocs;
        float own = top.length == 0 ? 0 : top[0].score;
        for (ScoreDoc hit : top) {
            if (hit.doc == example) {
                own = hit.score;
            }
        }
        List<Integer> alike = new ArrayList<>();
        alike.add(example);
        for (ScoreDoc hit : top) {
            if (hit.doc != example && hit.score >= ALIKE * own && left.contains(hit.doc)) {
                alike.add(hit.doc);
            }
        }
        return alike;
    }

    private MoreLikeThis moreLikeThis(IndexSearcher searcher) throws IOException {
        MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
        like.setAnalyzer(analyzer);
        like.setFieldNames(new String[] {QUESTION});
        // Questions are short: a word said once still says what they are about.
        like.setMinTermFreq(1);
        like.setMinDocFreq(1);
        like.setMaxQueryTerms(12);
        like.setBoost(true);
        return like;
    }

    /** The team's solved inquiries with these words but {@code except}, closed since {@code recentSince} if given. */
    private static Query similar(Query words, long teamId, long except, Instant recentSince) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(words, Occur.MUST)
                .add(new TermQuery(new Term(TEAM, Long.toString(teamId))), Occur.FILTER)
                .add(new TermQuery(new Term(ID, Long.toString(except))), Occur.MUST_NOT);
        if (recentSince != null) {
            query.add(LongPoint.newRangeQuery(CLOSED, recentSince.toEpochMilli(), Long.MAX_VALUE), Occur.FILTER);
        }
        return query.build();
    }

    @PreDestroy
    void close() {
        index.close();
    }
}
