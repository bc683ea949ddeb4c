package io.supportcenter.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.ItSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * A fresh headless Chromium for each journey (its own profile, removed afterwards), with the check
 * every journey makes on every page it shows: a screenshot, and axe-core's serious and critical
 * violations collected for {@link #assertNoBlockingViolations()}.
 */
public final class JourneyBrowser implements BeforeEachCallback, AfterEachCallback {

    private Path profile;
    private WebDriver driver;
    private final List<String> violations = new ArrayList<>();

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        Files.createDirectories(ItSettings.targetDir());
        profile = Files.createTempDirectory(ItSettings.targetDir(), "chrome-profile-");
        driver = Browser.start(profile);
        violations.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Keeps a screenshot of the page and collects its blocking accessibility violations. */
    public void inspect(String name) {
        Browser.waitUntilSettled(driver);
        Browser.screenshot(driver, name);
        violations.addAll(Accessibility.blockingViolations(driver, name));
    }

    public void assertNoBlockingViolations() {
        assertTrue(violations.isEmpty(), () -> "Serious or critical accessibility violations:\n  " + String.join("\n  ", violations));
    }
}
