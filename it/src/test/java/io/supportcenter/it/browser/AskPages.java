package io.supportcenter.it.browser;

import java.net.URI;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Ask a Question and the inquiry page, as a member uses them. */
public final class AskPages {

    private final WebDriver driver;
    private final URI root;

    public AskPages(WebDriver driver, URI root) {
        this.driver = driver;
        this.root = root;
    }

    public void openAsk() {
        driver.get(root.resolve("/support/ask").toString());
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("ask:category")));
        Browser.waitUntilSettled(driver);
    }

    /** Opens {@code parent} with its arrow and chooses {@code leaf} below it. */
    public void chooseCategory(String parent, String leaf) {
        By toggler = By.xpath("//span[contains(@class,'ui-treenode-label')][normalize-space()='" + parent
                + "']/preceding-sibling::span[contains(@class,'ui-tree-toggler')]");
        By label = By.xpath("//span[contains(@class,'ui-treenode-label')][normalize-space()='" + leaf + "']");
        // A restored draft may have opened the category already.
        if (driver.findElements(label).stream().noneMatch(WebElement::isDisplayed)) {
            Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(toggler)).click();
        }
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(label)).click();
        By node = By.xpath("//span[contains(@class,'ui-treenode-label')][normalize-space()='" + leaf + "']/ancestor::li[1]");
        Browser.waitFor(driver).until(ExpectedConditions.attributeToBe(node, "aria-selected", "true"));
    }

    public String typeSubject(String subject) {
        Forms.type(driver, "ask:subject", subject);
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("ask:subjectWords"),
                subject.strip().split("\\s+").length + " of at most 5 words"));
        return Forms.text(driver, "ask:subjectWords");
    }

    public void typeQuestion(String question) {
        Forms.type(driver, "ask:question", question);
    }

    /** Chooses a file in an uploader and waits for the page to name it as attached, or to say why not. */
    public String attach(String uploaderId, Path file, String listId) {
        WebElement input = driver.findElement(By.cssSelector("[id='" + uploaderId + "'] input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        String name = file.getFileName().toString();
        // Accepted: the list names it; refused: the message next to the uploader names it.
        Browser.waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id(listId)).getText().contains(name)
                || d.findElements(By.cssSelector("[id='" + uploaderId + "-message']")).stream().anyMatch(m -> m.getText().contains(name)));
        Browser.waitUntilSettled(driver);
        return driver.findElement(By.id(listId)).getText();
    }

    /** Removes the first attached file and waits for the list to shrink. */
    public void removeFirstFile() {
        int before = driver.findElements(By.cssSelector("[id='ask:fileList'] li")).size();
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("ask:attached:0:remove"))).click();
        Browser.waitFor(driver).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("[id='ask:fileList'] li")).size() == before - 1);
    }

    public String uploadError(String uploaderId) {
        return Forms.text(driver, uploaderId + "-message");
    }

    public String proceed() {
        Forms.submit(driver, "ask:continue");
        return Forms.text(driver, "suggestions");
    }

    public void finish() {
        Forms.submit(driver, "ask:finish");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("inquiry-status")));
    }

    public String message() {
        return Forms.text(driver, "page-messages");
    }

    public String text(String id) {
        return Forms.text(driver, id);
    }

    public void write(String text) {
        Forms.type(driver, "thread:message", text);
    }

    public void press(String buttonId) {
        Forms.submit(driver, buttonId);
    }

    public void open(String path) {
        driver.get(root.resolve(path).toString());
        Browser.waitUntilSettled(driver);
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }
}
