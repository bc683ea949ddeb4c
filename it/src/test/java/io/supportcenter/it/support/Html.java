package io.supportcenter.it.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough HTML reading for server-rendered pages: find an element by id, read its attributes
 * and its text. Not a general parser; it expects the well-formed XHTML that Faces renders.
 */
public final class Html {

    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");

    private Html() {
    }

    public static boolean hasId(String html, String id) {
        return startTag(html, id).isPresent();
    }

    /** Attributes of the element with this id, values unescaped. */
    public static Optional<Map<String, String>> attributesOfId(String html, String id) {
        return startTag(html, id).map(m -> attributes(m.group()));
    }

    /** Text content of the element with this id, tags removed and white space collapsed. */
    public static Optional<String> textOfId(String html, String id) {
        return startTag(html, id).map(m -> {
            if (m.group().endsWith("/>")) {
                return "";
            }
            String tag = m.group(1).toLowerCase();
            Pattern openOrClose = Pattern.compile("<(/?)" + Pattern.quote(tag) + "\\b[^>]*?(/?)>", Pattern.CASE_INSENSITIVE);
            Matcher t = openOrClose.matcher(html);
            int depth = 1;
            int from = m.end();
            int to = html.length();
            t.region(from, html.length());
            while (t.find()) {
                if (!t.group(1).isEmpty()) {
                    if (--depth == 0) {
                        to = t.start();
                        break;
                    }
                } else if (t.group(2).isEmpty()) {
                    depth++;
                }
            }
            return text(html.substring(from, to));
        });
    }

    public static String text(String fragment) {
        String noTags = fragment.replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?s)<[^>]*>", " ");
        return unescape(noTags).replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    public static Map<String, String> attributes(String startTag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(startTag);
        while (a.find()) {
            String value = a.group(3) != null ? a.group(3) : a.group(4);
            attributes.putIfAbsent(a.group(1).toLowerCase(), unescape(value));
        }
        return attributes;
    }

    public static String unescape(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default -> e.startsWith("#x")
                        ? new String(Character.toChars(Integer.parseInt(e.substring(2), 16)))
                        : new String(Character.toChars(Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Optional<Matcher> startTag(String html, String id) {
        Matcher m = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*?\\sid\\s*=\\s*[\"']" + Pattern.quote(id) + "[\"'][^>]*>")
                .matcher(html);
        return m.find() ? Optional.of(m) : Optional.empty();
    }
}
