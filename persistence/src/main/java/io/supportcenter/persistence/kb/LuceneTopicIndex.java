package io.supportcenter.persistence.kb;

import io.supportcenter.domain.kb.IndexVersion;
import io.supportcenter.domain.kb.IndexedTopic;
import io.supportcenter.domain.kb.SearchHit;
import io.supportcenter.domain.kb.SearchQuery;
import io.supportcenter.domain.kb.SearchIndexPlace;
import io.supportcenter.domain.kb.SearchResults;
import io.supportcenter.domain.kb.TopicSearchIndex;
import io.supportcenter.domain.kb.Visibility;
import io.supportcenter.persistence.search.NodeIndex;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The topic index of this node, in a directory of its own disk ({@link SearchIndexPlace}) or in memory. On disk,
 * each commit records the {@link IndexVersion} it reflects, so that the next start only adds what changed
 * meanwhile; a directory another process holds (a second node on one machine) or cannot read leaves this node
 * with an index in memory, built from the database, and says so in the log.
 * Titles weigh three times the body; English stemming makes "reports" find "reporting"; each word
 * also matches with a typo or two (fuzzy terms); snippets are HTML-escaped with matches in
 * {@code <mark>}. Only published topics the reader may see are searched.
 */
@ApplicationScoped
public class LuceneTopicIndex implements TopicSearchIndex {

    static final String ID = "id";
    static final String SLUG = "slug";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String WORDS = "words";
    static final String CATEGORY = "category";
    static final String CATEGORY_NAME = "categoryName";
    static final String CATEGORY_SLUG = "categorySlug";
    static final String VISIBILITY = "visibility";

    private static final int SNIPPET_CHARS = 220;

    /**
     * The body keeps each word's character offsets in the index, so snippets are cut from the postings
     * instead of running the analyser over every shown topic again.
     */
    private static final FieldType TEXT_WITH_OFFSETS = textField(TextField.TYPE_STORED,
            IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);

    /** The spelling checker only asks which words exist and how often: no positions to write. */
    private static final FieldType WORDS_ONLY = textField(TextField.TYPE_NOT_STORED, IndexOptions.DOCS_AND_FREQS);

    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
            Map.of(WORDS, new StandardAnalyzer()));
    /**
     * How the stored text is extracted from topic HTML; an index on disk written with another extraction
     * (2: inline formatting no longer leaves a space before punctuation) reports no version, so it is built anew.
     */
    private static final String CURRENT_TEXT_FORMAT = "2";

    private final NodeIndex index;
    private final IndexWriter writer;
    private final FuzzyTerms fuzzy;

    /** An index in memory (tests). */
    public LuceneTopicIndex() {
        this(SearchIndexPlace.inMemory());
    }

    @Inject
    public LuceneTopicIndex(SearchIndexPlace place) {
        index = new NodeIndex(place.directory(), analyzer, "search index", CURRENT_TEXT_FORMAT);
        writer = index.writer();
        fuzzy = new FuzzyTerms(analyzer);
    }

    @Override
    public synchronized Optional<IndexVersion> version() {
        return index.version();
    }

    @Override
    public synchronized void rebuild(Collection<IndexedTopic> topics, IndexVersion version) {
        try {
            writer.deleteAll();
            for (IndexedTopic topic : topics) {
                if (topic.published()) {
                    writer.addDocument(document(topic));
                }
            }
            commit(version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void apply(Collection<IndexedTopic> changed, IndexVersion version) {
        try {
            for (IndexedTopic topic : changed) {
                write(topic);
            }
            commit(version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void update(IndexedTopic topic) {
        try {
            write(topic);
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(IndexedTopic topic) throws IOException {
        Term id = new Term(ID, Long.toString(topic.id()));
        if (topic.published()) {
            writer.updateDocument(id, document(topic));
        } else {
            writer.deleteDocuments(id);
        }
    }

    private void commit(IndexVersion version) throws IOException {
        index.commit(version);
    }

    private void commit() throws IOException {
        index.commit();
    }

    private static Document document(IndexedTopic topic) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(topic.id()), Field.Store.YES));
        doc.add(new StoredField(SLUG, topic.slug()));
        doc.add(new TextField(TITLE, topic.title(), Field.Store.YES));
        doc.add(new Field(TEXT, topic.text(), TEXT_WITH_OFFSETS));
        doc.add(new Field(WORDS, topic.title() + " " + topic.text(), WORDS_ONLY));
        doc.add(new StoredField(CATEGORY_NAME, topic.categoryName()));
        if (!topic.categoryPath().isEmpty()) {
            doc.add(new StoredField(CATEGORY_SLUG, topic.categoryPath().get(0)));
        }
        for (String slug : topic.categoryPath()) {
            doc.add(new StringField(CATEGORY, slug, Field.Store.NO));
        }
        doc.add(new StringField(VISIBILITY, topic.visibility().name(), Field.Store.NO));
        return doc;
    }

    private static FieldType textField(FieldType base, IndexOptions options) {
        FieldType type = new FieldType(base);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }

    @Override
    public SearchResults search(SearchQuery query) {
        return index.search(searcher -> {
            Query text = fuzzy.matching(query.text(), TITLE, TEXT, searcher.getIndexReader());
            if (text == null) {
                return SearchResults.empty();
            }
            // Rewritten once here, for both the search and the snippets.
            Query full = searcher.rewrite(filtered(text, query));
            int wanted = (query.page() + 1) * query.pageSize();
            TopDocs top = searcher.search(full, wanted);
            int total = (int) Math.min(Integer.MAX_VALUE, top.totalHits.value());
            ScoreDoc[] all = top.scoreDocs;
            int from = Math.min(all.length, query.page() * query.pageSize());
            ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, all.length);
            String[] snippets = snippets(searcher, full, page);
            List<SearchHit> hits = new ArrayList<>(page.length);
            for (int i = 0; i < page.length; i++) {
                Document doc = searcher.storedFields().document(page[i].doc);
                hits.add(new SearchHit(Long.parseLong(doc.get(ID)), doc.get(SLUG), doc.get(TITLE), snippets[i], doc.get(CATEGORY_NAME)));
            }
            String suggestion = total == 0 ? fuzzy.suggest(query.text(), searcher.getIndexReader(), WORDS) : null;
            return new SearchResults(hits, total, suggestion, null);
        });
    }

    @Override
    public Optional<String> likelyCategory(String text) {
        return index.search(searcher -> {
            Query any = fuzzy.matchingAny(SearchQuery.normalise(text), TITLE, TEXT, searcher.getIndexReader());
            if (any == null) {
                return Optional.empty();
            }
            TopDocs top = searcher.search(any, 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.ofNullable(searcher.storedFields().document(top.scoreDocs[0].doc).get(CATEGORY_SLUG));
        });
    }

    @Override
    public List<SearchHit> suggest(String text, String categorySlug, Set<Visibility> visible, int max) {
        if (max <= 0) {
            return List.of();
        }
        return index.search(searcher -> {
            Query any = fuzzy.matchingAny(text.length() > 1000 ? text.substring(0, 1000) : text, TITLE, TEXT,
                    searcher.getIndexReader());
            if (any == null) {
                return List.of();
            }
            BooleanQuery.Builder builder = new BooleanQuery.Builder().add(any, Occur.MUST)
                    .add(visible(new SearchQuery("x", null, visible, 0, 1)), Occur.FILTER);
            if (categorySlug != null && !categorySlug.isBlank()) {
                builder.add(new BoostQuery(new TermQuery(new Term(CATEGORY, categorySlug)), 2f), Occur.SHOULD);
            }
            Query full = searcher.rewrite(builder.build());
            ScoreDoc[] top = searcher.search(full, max).scoreDocs;
            String[] snippets = snippets(searcher, full, top);
            List<SearchHit> hits = new ArrayList<>(top.length);
            for (int i = 0; i < top.length; i++) {
                Document doc = searcher.storedFields().document(top[i].doc);
                hits.add(new SearchHit(Long.parseLong(doc.get(ID)), doc.get(SLUG), doc.get(TITLE), snippets[i], doc.get(CATEGORY_NAME)));
            }
            return hits;
        });
    }

    private static Query filtered(Query text, SearchQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(text, Occur.MUST).add(visible(query), Occur.FILTER);
        if (query.categorySlug() != null && !query.categorySlug().isBlank()) {
            builder.add(new TermQuery(new Term(CATEGORY, query.categorySlug())), Occur.FILTER);
        }
        return builder.build();
    }

    /** @param query already rewritten by the searcher */
    private String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000)
                .build();
        int[] docs = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docs[i] = page[i].doc;
        }
        // The query comes rewritten: plain terms, which the highlighter finds in the postings' offsets
        // (left as typo-tolerant queries it would analyse each shown topic's text again).
        Map<String, String[]> byField = highlighter.highlightFields(new String[] {TEXT}, query, docs, new int[] {2});
        String[] snippets = byField.get(TEXT);
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] == null) {
                String plain = searcher.storedFields().document(docs[i]).get(TEXT);
                snippets[i] = escape(plain.length() > SNIPPET_CHARS ? plain.substring(0, SNIPPET_CHARS) + " …" : plain);
            }
        }
        return snippets;
    }

    private static Query visible(SearchQuery query) {
        BooleanQuery.Builder allowed = new BooleanQuery.Builder();
        for (Visibility visibility : query.visible()) {
            allowed.add(new TermQuery(new Term(VISIBILITY, visibility.name())), Occur.SHOULD);
        }
        return allowed.setMinimumNumberShouldMatch(1).build();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @PreDestroy
    void close() {
        index.close();
    }
}
