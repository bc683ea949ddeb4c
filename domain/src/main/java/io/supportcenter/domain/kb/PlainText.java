package io.supportcenter.domain.kb;

import java.util.Map;
import java.util.Set;

/**
 * The readable text of sanitised topic HTML, for indexing and snippets: the text as a reader sees it.
 * Block tags (paragraphs, headings, list items, cells, line breaks) become spaces, and a heading or list item
 * that does not end in punctuation ends its sentence there ("Steps. Go to…", not "Steps Go to…"); inline formatting
 * ({@code <strong>}, {@code <a>}, {@code <code>}…) adds nothing, because it sits inside a word run: a space
 * there would leave "Current password ." and "Impressions : how often" in snippets. The entities the
 * sanitiser writes become their characters, runs of whitespace become one space. One pass over the text,
 * because every topic goes through it when a node builds its search index (regular expressions here took a
 * fifth of the index build at 50,000 topics).
 */
final class PlainText {

    private static final Map<String, Character> ENTITIES = Map.of("&lt;", '<', "&gt;", '>', "&quot;", '"',
            "&#39;", '\'', "&#34;", '"', "&#43;", '+', "&#61;", '=', "&#64;", '@', "&nbsp;", ' ', "&amp;", '&');
    private static final int LONGEST_ENTITY = 6;

    /** The phrasing elements the sanitiser lets through; any other tag separates words. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "big", "cite", "code", "del", "dfn", "em", "font",
            "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var");
    private static final int LONGEST_NAME = 6;
    /** Elements whose end is the end of a sentence, for a reader, even without a full stop. */
    private static final Set<String> SENTENCES = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "li");

    private PlainText() {
    }

    static String of(String html) {
        StringBuilder text = new StringBuilder(html.length());
        boolean space = false;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            int end = c == '<' ? html.indexOf('>', i) : -1;
            if (end >= 0) {
                boolean closing = i + 1 < end && html.charAt(i + 1) == '/';
                String name = nameOf(html, closing ? i + 2 : i + 1, end);
                if (!INLINE.contains(name)) {
                    space = true;
                    if (closing && SENTENCES.contains(name) && !text.isEmpty() && Character.isLetterOrDigit(text.charAt(text.length() - 1))) {
                        text.append('.');
                    }
                }
                i = end + 1;
                continue;
            }
            Character decoded = c == '&' ? entityAt(html, i) : null;
            char out = decoded != null ? decoded : c;
            if (isSpace(out)) {
                space = true;
            } else {
                if (space && !text.isEmpty()) {
                    text.append(' ');
                }
                space = false;
                text.append(out);
            }
            i += decoded != null ? html.indexOf(';', i) + 1 - i : 1;
        }
        return text.toString().strip();
    }

    /** The lower-case element name of the tag whose name starts at {@code from}, or "" if it is none we know. */
    private static String nameOf(String html, int from, int end) {
        int stop = from;
        while (stop < end && stop - from <= LONGEST_NAME && Character.isLetterOrDigit(html.charAt(stop))) {
            stop++;
        }
        if (stop == from || stop - from > LONGEST_NAME) {
            return "";
        }
        return html.substring(from, stop).toLowerCase(java.util.Locale.ROOT);
    }

    private static Character entityAt(String html, int at) {
        int semicolon = html.indexOf(';', at);
        if (semicolon < 0 || semicolon - at + 1 > LONGEST_ENTITY) {
            return null;
        }
        return ENTITIES.get(html.substring(at, semicolon + 1));
    }

    /** The whitespace of a regular expression's {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
