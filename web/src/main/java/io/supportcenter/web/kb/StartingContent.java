package io.supportcenter.web.kb;

import io.supportcenter.domain.kb.SeedCategory;
import io.supportcenter.domain.kb.SeedTopic;
import io.supportcenter.domain.kb.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the starting knowledge base shipped in {@code kb/} (see kb/README.md there): the category
 * list and one Markdown file per topic with a small header.
 */
public final class StartingContent {

    private final List<SeedCategory> categories;
    private final List<SeedTopic> topics;

    private StartingContent(List<SeedCategory> categories, List<SeedTopic> topics) {
        this.categories = categories;
        this.topics = topics;
    }

    /**
     * @param open       opens a file below {@code kb/} by its relative name
     * @param topicFiles the names of the topic files, such as {@code topics/reset-your-password.md}
     */
    public static StartingContent read(Function<String, InputStream> open, Collection<String> topicFiles) {
        List<SeedCategory> categories = new ArrayList<>();
        int line = 0;
        for (String row : text(open, "categories.txt").split("\\R")) {
            line++;
            if (row.isBlank() || row.strip().startsWith("#")) {
                continue;
            }
            String[] f = Arrays.stream(row.split("\\|")).map(String::strip).toArray(String[]::new);
            if (f.length != 6) {
                throw new IllegalStateException("kb/categories.txt line " + line + ": expected 6 fields");
            }
            categories.add(new SeedCategory(f[0], f[1], "-".equals(f[2]) ? null : f[2], f[3], "yes".equals(f[4]),
                    Integer.parseInt(f[5])));
        }
        List<SeedTopic> topics = new ArrayList<>();
        for (String file : topicFiles.stream().sorted().toList()) {
            topics.add(topic(file, text(open, file)));
        }
        return new StartingContent(List.copyOf(categories), List.copyOf(topics));
    }

    static SeedTopic topic(String file, String content) {
        String normalised = content.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            throw new IllegalStateException(file + ": no header");
        }
        int end = normalised.indexOf("\n---\n", 4);
        if (end < 0) {
            throw new IllegalStateException(file + ": header not closed");
        }
        Map<String, String> header = new HashMap<>();
        for (String row : normalised.substring(4, end).split("\n")) {
            int colon = row.indexOf(':');
            if (colon > 0) {
                header.put(row.substring(0, colon).strip(), row.substring(colon + 1).strip());
            }
        }
        String related = header.getOrDefault("related", "");
        List<String> relatedSlugs = related.isBlank() ? List.of()
                : Arrays.stream(related.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new SeedTopic(required(header, "slug", file), required(header, "title", file),
                required(header, "category", file), Visibility.valueOf(required(header, "visibility", file)),
                relatedSlugs, normalised.substring(end + 5).strip());
    }

    private static String required(Map<String, String> header, String key, String file) {
        String value = header.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(file + ": header lacks " + key);
        }
        return value;
    }

    private static String text(Function<String, InputStream> open, String name) {
        try (InputStream in = open.apply(name)) {
            if (in == null) {
                throw new IllegalStateException("kb/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<SeedCategory> categories() {
        return categories;
    }

    public List<SeedTopic> topics() {
        return topics;
    }
}
