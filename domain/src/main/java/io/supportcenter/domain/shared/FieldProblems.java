package io.supportcenter.domain.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Several fields of a form were refused at once: each field's name with the message key that says
 * why, so that the page shows every reason next to its field in one go.
 */
public class FieldProblems extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public FieldProblems(Map<String, String> problems) {
        super("validation.fields");
        this.problems = Map.copyOf(problems);
    }

    /** Field name to message key, in no particular order. */
    public Map<String, String> problems() {
        return problems;
    }

    /**
     * A single-line field as typed, with line breaks and tabs turned into spaces (such values end up in
     * emails' subjects and headers) and the ends trimmed; never null.
     */
    public static String line(String value) {
        return value == null ? "" : value.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /** Collects the problems of one form; {@link #throwIfAny()} ends the check. */
    public static final class Collector {

        private final Map<String, String> found = new LinkedHashMap<>();

        /** Records {@code key} for {@code field} unless the field already has a problem. */
        public Collector add(String field, String key) {
            found.putIfAbsent(field, key);
            return this;
        }

        /**
         * Records {@code prefix.field.required} for an empty value, {@code prefix.field.too-long} for one
         * longer than {@code max}.
         */
        public Collector required(String prefix, String field, String value, int max) {
            if (value == null || value.isEmpty()) {
                return add(field, prefix + "." + field + ".required");
            }
            return value.length() > max ? add(field, prefix + "." + field + ".too-long") : this;
        }

        public void throwIfAny() {
            if (!found.isEmpty()) {
                throw new FieldProblems(found);
            }
        }
    }
}
