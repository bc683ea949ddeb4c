package io.supportcenter.web.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.policy.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The configuration tables of README.md and docs/operations.md name exactly the keys the code reads (the
 * policies, every {@code @ConfigProperty}, the data source in web.xml and the defaults file), each with
 * the default the code has, so that an operator's reference cannot drift from the product.
 */
class ConfigurationReferenceTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path PROJECT = MODULE.getParent();
    private static final Pattern KEY = Pattern.compile("`(support\\.[a-z0-9.-]+)`");
    private static final Pattern WEB_XML_KEY = Pattern.compile("\\$\\{MPCONFIG=([a-z0-9.-]+)}");

    /** Every key the code reads, with its default where it has one (null otherwise). */
    private static Map<String, String> keysTheCodeReads() throws IOException {
        Map<String, String> keys = new TreeMap<>();
        for (Policy policy : Policy.values()) {
            keys.put(policy.configKey(), policy.builtInDefault().isEmpty() ? null : policy.builtInDefault());
        }
        Properties defaults = new Properties();
        try (InputStream in = Files.newInputStream(MODULE.resolve("src/main/resources/META-INF/microprofile-config.properties"));
             Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            defaults.load(reader);
        }
        defaults.stringPropertyNames().forEach(key -> keys.put(key, defaults.getProperty(key)));
        Matcher dataSource = WEB_XML_KEY.matcher(Files.readString(MODULE.resolve("src/main/webapp/WEB-INF/web.xml")));
        while (dataSource.find()) {
            keys.putIfAbsent(dataSource.group(1), defaults.getProperty(dataSource.group(1)));
        }
        for (Class<?> type : compiledClasses()) {
            List<AnnotatedElement> places = new ArrayList<>(List.of(type.getDeclaredFields()));
            Stream.concat(Stream.of(type.getDeclaredConstructors()), Stream.of(type.getDeclaredMethods()))
                    .map(Executable::getParameters).flatMap(Stream::of).forEach(places::add);
            for (AnnotatedElement place : places) {
                ConfigProperty property = place.getAnnotation(ConfigProperty.class);
                if (property != null) {
                    String value = ConfigProperty.UNCONFIGURED_VALUE.equals(property.defaultValue()) ? null : property.defaultValue();
                    keys.merge(property.name(), value == null ? "" : value, (a, b) -> a.isEmpty() ? b : a);
                }
            }
        }
        keys.replaceAll((key, value) -> value == null || value.isEmpty() ? null : value);
        return keys;
    }

    private static List<Class<?>> compiledClasses() throws IOException {
        Path classes = MODULE.resolve("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    found.add(Class.forName(name, false, ConfigurationReferenceTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot inspect " + name, e);
                }
            }
        }
        return found;
    }

    /** Key to the default cell of its row, from the table under {@code heading} up to the next heading. */
    private static Map<String, String> documented(Path file, String heading) throws IOException {
        String text = Files.readString(file);
        int start = text.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, file + " has no section " + heading);
        int end = text.indexOf("\n## ", start + heading.length() + 1);
        Map<String, String> rows = new TreeMap<>();
        for (String line : text.substring(start, end < 0 ? text.length() : end).split("\n")) {
            String[] cells = line.split("\\|");
            if (line.startsWith("| `support.") && cells.length > 2) {
                Matcher key = KEY.matcher(cells[1]);
                while (key.find()) {
                    rows.put(key.group(1), cells[2].trim());
                }
            }
        }
        return rows;
    }

    private static void assertDocuments(Path file, String heading) throws IOException {
        Map<String, String> code = keysTheCodeReads();
        Map<String, String> doc = documented(file, heading);
        TreeSet<String> undocumented = new TreeSet<>(code.keySet());
        undocumented.removeAll(doc.keySet());
        TreeSet<String> unknown = new TreeSet<>(doc.keySet());
        unknown.removeAll(code.keySet());
        assertEquals("", (undocumented.isEmpty() ? "" : "not in " + file.getFileName() + ": " + undocumented)
                + (unknown.isEmpty() ? "" : " read by no code: " + unknown));
        code.forEach((key, value) -> {
            if (value != null) {
                assertTrue(showsDefault(doc.get(key), value), file.getFileName() + " gives " + key + " the default "
                        + doc.get(key) + ", the code " + value);
            }
        });
    }

    /** The cell shows the default in backticks; a long list may be shortened in the middle with an ellipsis. */
    private static boolean showsDefault(String cell, String value) {
        if (cell.contains("`" + value + "`")) {
            return true;
        }
        Matcher shortened = Pattern.compile("`([^`]*)…([^`]*)`").matcher(cell);
        return shortened.find() && value.startsWith(shortened.group(1)) && value.endsWith(shortened.group(2));
    }

    @Test
    void readmeListsEveryKeyWithItsDefault() throws IOException {
        assertDocuments(PROJECT.resolve("README.md"), "## Configuration");
    }

    @Test
    void theOperatorGuideListsEveryKeyWithItsDefault() throws IOException {
        assertDocuments(PROJECT.resolve("docs/operations.md"), "## Configuration reference");
    }
}
