package io.supportcenter.web.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.kb.SeedCategory;
import io.supportcenter.domain.kb.SeedTopic;
import io.supportcenter.domain.kb.Visibility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The starting knowledge base shipped in src/main/resources/kb is complete and consistent. */
class StartingContentTest {

    private static final Path KB = Path.of("src/main/resources/kb");

    private static StartingContent read() throws IOException {
        List<String> files;
        try (Stream<Path> topics = Files.list(KB.resolve("topics"))) {
            files = topics.map(path -> "topics/" + path.getFileName()).toList();
        }
        return StartingContent.read(name -> {
            try {
                return Files.newInputStream(KB.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, files);
    }

    @Test
    void thereAreAtLeastFortyTopicsInAtLeastEightCategories() throws IOException {
        StartingContent content = read();
        assertTrue(content.topics().size() >= 40, "topics: " + content.topics().size());
        long topLevel = content.categories().stream().filter(c -> c.parentSlug() == null).count();
        assertTrue(topLevel >= 8, "top-level categories: " + topLevel);
        Set<String> names = content.categories().stream().map(SeedCategory::name).collect(Collectors.toSet());
        for (String expected : List.of("Getting Started", "Reporting", "Links", "Data Transfer Guides", "Web Services", "Payments", "Compliance")) {
            assertTrue(names.contains(expected), "missing category " + expected);
        }
    }

    @Test
    void everyReferenceResolvesAndSlugsAreUnique() throws IOException {
        StartingContent content = read();
        Set<String> categories = content.categories().stream().map(SeedCategory::slug).collect(Collectors.toSet());
        assertEquals(content.categories().size(), categories.size(), "duplicate category slugs");
        for (SeedCategory category : content.categories()) {
            assertTrue(category.parentSlug() == null || categories.contains(category.parentSlug()), category.slug());
        }
        Set<String> topics = new HashSet<>();
        for (SeedTopic topic : content.topics()) {
            assertTrue(topics.add(topic.slug()), "duplicate topic " + topic.slug());
            assertTrue(categories.contains(topic.categorySlug()), topic.slug() + " -> " + topic.categorySlug());
        }
        for (SeedTopic topic : content.topics()) {
            for (String related : topic.related()) {
                assertTrue(topics.contains(related), topic.slug() + " relates to unknown " + related);
            }
        }
    }

    @Test
    void everyVisibilityIsUsed() throws IOException {
        Set<Visibility> used = read().topics().stream().map(SeedTopic::visibility).collect(Collectors.toSet());
        assertEquals(Set.of(Visibility.values()), used);
    }

    @Test
    void aTopicFileIsParsedWithItsHeader() {
        SeedTopic topic = StartingContent.topic("x.md", "---\nslug: a-b\ntitle: A: B\ncategory: c\nvisibility: PUBLIC\nrelated: d, e\n---\nBody *text*.\n");
        assertEquals("a-b", topic.slug());
        assertEquals("A: B", topic.title());
        assertEquals(List.of("d", "e"), topic.related());
        assertEquals("Body *text*.", topic.markdown());
    }
}
