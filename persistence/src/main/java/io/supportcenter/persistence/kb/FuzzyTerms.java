package io.supportcenter.persistence.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Turns what a reader typed into a Lucene query without Lucene's query syntax (so characters such
 * as {@code ( " * :} mean nothing special): each analysed word matches as typed or, when the index does
 * not know it, as the index's closest words within one or two typos; in the title with three times
 * the weight of the body. Also
 * suggests a corrected query.
 */
final class FuzzyTerms {

    private static final float TITLE_BOOST = 3f;
    private static final int MAX_WORDS = 12;
    /** Words of the index one unknown word may stand for, per field: the closest are what a typo meant. */
    private static final int MAX_CORRECTIONS = 2;

    private final Analyzer analyzer;

    FuzzyTerms(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * @param reader the index searched: a word it knows is matched as typed, only an unknown word is
     *               matched within one or two typos (expanding a known word into its neighbours costs
     *               most of a search and mostly finds what the word itself already found)
     * @return null when nothing searchable is left (only stop words or punctuation)
     */
    Query matching(String text, String titleField, String bodyField, IndexReader reader) throws IOException {
        return build(text, titleField, bodyField, false, reader);
    }

    /** Like {@link #matching} but one matching word is enough: for guessing where a query belongs. */
    Query matchingAny(String text, String titleField, String bodyField, IndexReader reader) throws IOException {
        return build(text, titleField, bodyField, true, reader);
    }

    private Query build(String text, String titleField, String bodyField, boolean anyWord, IndexReader reader)
            throws IOException {
        List<String> words = analyse(bodyField, text);
        if (words.isEmpty()) {
            return null;
        }
        // Most of the words must match (all of them for one or two words).
        int required = anyWord ? 1 : words.size() <= 2 ? words.size() : (int) Math.ceil(words.size() * 0.6);
        boolean everyWord = required == words.size();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            Term title = new Term(titleField, word);
            Term body = new Term(bodyField, word);
            BooleanQuery.Builder any = new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(title), TITLE_BOOST * 2), Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(body), 2f), Occur.SHOULD);
            int edits = allowedEdits(word);
            if (edits > 0 && reader.docFreq(title) == 0 && reader.docFreq(body) == 0) {
                for (String correction : corrections(word, edits, titleField, bodyField, reader)) {
                    any.add(new BoostQuery(new TermQuery(new Term(titleField, correction)), TITLE_BOOST), Occur.SHOULD)
                            .add(new TermQuery(new Term(bodyField, correction)), Occur.SHOULD);
                }
            }
            // Where every word must match, say so: a conjunction skips ahead, a "minimum should match"
            // over the same clauses scores every document that has any of the words.
            all.add(any.build(), everyWord ? Occur.MUST : Occur.SHOULD);
        }
        return everyWord ? all.build() : all.setMinimumNumberShouldMatch(required).build();
    }

    /**
     * The words of the index closest to an unknown word (within {@code edits} typos, the first letter
     * kept), from the body's and the title's vocabulary: matched as they are, they cost a search a few
     * term lookups, where a fuzzy query scored every expansion of the word in both fields.
     */
    private static Set<String> corrections(String word, int edits, String titleField, String bodyField, IndexReader reader)
            throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(edits);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(1);
        Set<String> closest = new LinkedHashSet<>();
        for (String field : List.of(bodyField, titleField)) {
            for (SuggestWord suggestion : checker.suggestSimilar(new Term(field, word), MAX_CORRECTIONS, reader)) {
                closest.add(suggestion.string);
            }
        }
        return closest;
    }

    private static int allowedEdits(String word) {
        return word.length() < 4 ? 0 : word.length() < 7 ? 1 : 2;
    }

    /** Replaces each unknown word by the closest word of the index; null if nothing changed. */
    String suggest(String text, IndexReader reader, String wordsField) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            SuggestWord[] suggestions = checker.suggestSimilar(new Term(wordsField, word), 1, reader);
            if (suggestions.length > 0 && !suggestions[0].string.equals(word)) {
                corrected.add(suggestions[0].string);
                changed = true;
            } else {
                corrected.add(word);
            }
        }
        return changed ? String.join(" ", corrected) : null;
    }

    private List<String> analyse(String field, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && words.size() < MAX_WORDS) {
                String word = term.toString();
                if (!words.contains(word)) {
                    words.add(word);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
