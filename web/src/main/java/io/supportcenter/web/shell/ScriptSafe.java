package io.supportcenter.web.shell;

/**
 * JSON that may stand inside an HTML {@code <script>} element. JSON escapes quotes but not {@code </script>},
 * {@code <!--} or the line separators U+2028 and U+2029 (line ends to older JavaScript): a team name such as
 * {@code </script><meta http-equiv=refresh …>} would otherwise end the script and write HTML. In JSON these
 * characters can only stand inside strings, where their {@code \\uXXXX} escapes mean the same text.
 */
public final class ScriptSafe {

    private ScriptSafe() {
    }

    public static String json(String json) {
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
