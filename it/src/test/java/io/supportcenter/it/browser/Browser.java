package io.supportcenter.it.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import io.supportcenter.it.support.ItSettings;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chrome/Chromium with waits that fit server-rendered Faces pages. */
public final class Browser {

    public static final Duration WAIT = Duration.ofSeconds(20);

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

    private Browser() {
    }

    /**
     * Starts headless Chrome with a profile of its own. webdriver.chrome.driver is set by it/pom.xml when
     * Debian's chromedriver is installed; without it Selenium Manager looks for a browser and driver.
     */
    public static WebDriver start(Path userDataDir) {
        return start(options(userDataDir));
    }

    /** A browser whose settings block every site's cookies, as a privacy-minded visitor's might. */
    public static WebDriver startRefusingCookies(Path userDataDir) {
        ChromeOptions options = options(userDataDir);
        options.setExperimentalOption("prefs", Map.of("profile.default_content_setting_values.cookies", 2));
        return start(options);
    }

    private static ChromeOptions options(Path userDataDir) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + userDataDir.toAbsolutePath());
        if (System.getProperty("webdriver.chrome.driver") != null && Files.isExecutable(DEBIAN_CHROMIUM)) {
            // Debian's driver only knows Debian's browser, which is not where Chrome usually lives.
            options.setBinary(DEBIAN_CHROMIUM.toString());
        }
        return options;
    }

    private static WebDriver start(ChromeOptions options) {
        WebDriver driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    public static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, WAIT);
    }

    /**
     * Waits until a node of the page a click left behind is gone. Selenium's stalenessOf only knows
     * StaleElementReferenceException; Chromium may instead answer "does not belong to the document" for a
     * node whose page was just replaced, which is the same fact and must not fail the wait.
     */
    /** Logs out as a person does from the logout page ({@code /logout}): its button sends the POST that logs out. */
    public static void logOut(WebDriver driver, java.net.URI root) {
        driver.get(root.resolve("/logout").toString());
        WebElement button = driver.findElement(org.openqa.selenium.By.id("logout-submit"));
        button.click();
        waitUntilGone(driver, button);
    }

    public static void waitUntilGone(WebDriver driver, WebElement element) {
        waitFor(driver).until(d -> isGone(element));
    }

    static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (isReplacedNode(e)) {
                return true;
            }
            throw e;
        }
    }

    /** Chromium's wording for a node that is no longer in the page. */
    static boolean isReplacedNode(WebDriverException e) {
        return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }

    /** Document loaded and, where PrimeFaces is on the page, no Ajax request still queued. */
    public static void waitUntilSettled(WebDriver driver) {
        waitFor(driver).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    public static Path screenshot(WebDriver driver, String name) {
        try {
            Path dir = ItSettings.targetDir().resolve("screenshots");
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".png");
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("Could not save screenshot " + name, e);
        }
    }
}
