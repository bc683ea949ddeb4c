package io.supportcenter.it.browser;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The knowledge-base pages: the public help page, search results, a topic with its vote. */
public final class KnowledgeBasePages {

    private final WebDriver driver;

    public KnowledgeBasePages(WebDriver driver) {
        this.driver = driver;
    }

    public KnowledgeBasePages openHelp(URI root) {
        driver.get(root.resolve("/help").toString());
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("help-topics")));
        Browser.waitUntilSettled(driver);
        return this;
    }

    /** Types into the page's search box and submits it; returns the results' text. */
    public String search(String text) {
        Forms.type(driver, "q", text);
        WebElement box = driver.findElement(By.id("q"));
        box.submit();
        Browser.waitUntilGone(driver, box);
        Browser.waitUntilSettled(driver);
        return Forms.text(driver, "search-results");
    }

    /** Opens the first result that links to a topic. */
    public String openFirstResult() {
        WebElement link = Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#search-results a.result-title")));
        link.click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("topic-body")));
        Browser.waitUntilSettled(driver);
        return Forms.text(driver, "page-title");
    }

    /** Answers "Was this helpful?" with yes and returns the thanks shown in its place. */
    public String voteHelpful() {
        driver.findElement(By.id("vote:yes")).click();
        Browser.waitUntilSettled(driver);
        return Forms.text(driver, "vote:vote-thanks");
    }

    /** Answers a public topic's "Was this helpful?" (a plain form: the page comes back) and returns the thanks. */
    public String votePublicHelpful() {
        WebElement yes = driver.findElement(By.id("yes"));
        yes.click();
        Browser.waitUntilGone(driver, yes);
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("vote-thanks")));
        Browser.waitUntilSettled(driver);
        return Forms.text(driver, "vote-thanks");
    }

    /** Searches from the header's box with the keyboard only: focus, type, Enter; returns the results' text. */
    public String searchFromHeader(String text) {
        WebElement box = driver.findElement(By.id("site-search-q"));
        box.sendKeys(text, org.openqa.selenium.Keys.ENTER);
        Browser.waitUntilGone(driver, box);
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("search-results")));
        Browser.waitUntilSettled(driver);
        return Forms.text(driver, "search-results");
    }

    /** The page's heading, once the page has settled. */
    public String pageTitle() {
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("page-title")));
        Browser.waitUntilSettled(driver);
        return Forms.text(driver, "page-title");
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }
}
