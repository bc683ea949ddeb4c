package io.supportcenter.domain.kb;

/** The readable text of sanitised topic HTML, for indexing and snippets. */
final class PlainText {

    private PlainText() {
    }

    static String of(String html) {
        String text = html.replaceAll("(?s)<[^>]*>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#34;", "\"").replace("&#43;", "+").replace("&#61;", "=").replace("&#64;", "@")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").strip();
    }
}
