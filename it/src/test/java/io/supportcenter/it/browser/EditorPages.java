package io.supportcenter.it.browser;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The staff sign-in and the knowledge-base editor of the staff console, as an editor uses them. */
public final class EditorPages {

    private final WebDriver driver;
    private final URI root;

    public EditorPages(WebDriver driver, URI root) {
        this.driver = driver;
        this.root = root;
    }

    /** Editors sign in without a second step (it is their choice; this one has none). */
    public void signIn(String email, String password) {
        new StaffConsolePages(driver, root).signIn(email, password);
    }

    public void openTopics() {
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("nav-kb"))).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("new-topic")));
        Browser.waitUntilSettled(driver);
    }

    public void startNewTopic() {
        WebElement link = driver.findElement(By.id("new-topic"));
        link.click();
        Browser.waitUntilGone(driver, link);
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("topic:title")));
        Browser.waitUntilSettled(driver);
    }

    public void typeTitle(String title) {
        Forms.type(driver, "topic:title", title);
    }

    /** Types the Markdown and waits until the live preview shows {@code expectedInPreview}. */
    public String typeBodyAndAwaitPreview(String markdown, String expectedInPreview) {
        WebElement body = Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("topic:body")));
        body.clear();
        body.sendKeys(markdown);
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("topic:preview"), expectedInPreview));
        return driver.findElement(By.id("topic:preview")).getAttribute("innerHTML");
    }

    /**
     * Picks an option of a PrimeFaces select menu by keyboard: open it, type the start of the
     * option's label, press Enter. (Clicking an item far down the list scrolls the page, and
     * PrimeFaces closes an open menu when the page scrolls.)
     */
    public void choose(String menuId, String optionLabel) {
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id(menuId))).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id(menuId + "_panel")));
        // PrimeFaces matches what is typed against the start of the labels; the first word is enough.
        new Actions(driver).sendKeys(optionLabel.split(" ")[0]).sendKeys(Keys.ENTER).perform();
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.id(menuId + "_label"), optionLabel));
    }

    public void saveAndPublish() {
        Forms.submit(driver, "topic:publish");
    }

    public String message() {
        return Forms.text(driver, "page-messages");
    }

    public void open(String path) {
        driver.get(root.resolve(path).toString());
        Browser.waitUntilSettled(driver);
    }

    public String text(String id) {
        return Forms.text(driver, id);
    }
}
