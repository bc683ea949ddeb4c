package io.supportcenter.it.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths that the failsafe configuration in it/pom.xml hands to the tests as system properties. */
public final class ItSettings {

    private ItSettings() {
    }

    public static String required(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + key + " is not set: run these tests through"
                    + " Maven failsafe (mvn -pl it verify), which sets it");
        }
        return value;
    }

    public static Path payaraJar() {
        return existingFile("it.payara.jar");
    }

    public static Path war() {
        return existingFile("it.war");
    }

    public static Path launcher() {
        return existingFile("it.launcher");
    }

    public static Path targetDir() {
        return Path.of(required("it.target.dir"));
    }

    private static Path existingFile(String key) {
        Path path = Path.of(required(key)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(key + " points at " + path + ", which does not exist");
        }
        return path;
    }
}
