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
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * A fresh headless Chromium for each journey (its own profile, removed afterwards), with the check
 * every journey makes on every page it shows: a screenshot, and axe-core's serious and critical
 * violations collected for {@link #assertNoBlockingViolations()}. A failing journey says where the
 * browser was (address, title, the start of the page's text) and leaves a screenshot, because a
 * CI run keeps only its printed output.
 */
public final class JourneyBrowser implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

    private static final int TEXT_SHOWN = 1500;


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

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (driver == null) {
            throw failure;
        }
        String page;
        try {
            Browser.screenshot(driver, "FAILED-" + context.getRequiredTestMethod().getName());
            String text = driver.findElement(By.tagName("body")).getText();
            page = "address " + driver.getCurrentUrl() + ", title '" + driver.getTitle() + "', text:\n"
                    + (text.length() > TEXT_SHOWN ? text.substring(0, TEXT_SHOWN) + " ..." : text);
        } catch (WebDriverException | IllegalStateException e) {
            page = "(the page could not be read: " + e + ")";
        }
        AssertionError withPage = new AssertionError(failure.getMessage() + "\n--- the browser at the failure: " + page, failure);
        withPage.setStackTrace(failure.getStackTrace());
        throw withPage;
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Keeps a screenshot of the page and collects its blocking accessibility violations, and whether the page
     * scrolls sideways (a wide table scrolls inside its own box; the page never does).
     */
    public void inspect(String name) {
        Browser.waitUntilSettled(driver);
        Browser.screenshot(driver, name);
        violations.addAll(Accessibility.blockingViolations(driver, name));
        long overflow = ((Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
        if (overflow > 0) {
            violations.add(name + " (" + driver.getCurrentUrl() + "): the page scrolls sideways by " + overflow + " px");
        }
    }

    /** Does something with the window as wide as a phone's screen, then restores it. */
    public void atPhoneWidth(Runnable action) {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            action.run();
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    public void assertNoBlockingViolations() {
        assertTrue(violations.isEmpty(), () -> "Accessibility violations (any impact) or serious items left to review, or sideways scrolling:\n  " + String.join("\n  ", violations));
    }
}
