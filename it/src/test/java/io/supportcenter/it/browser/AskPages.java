package io.supportcenter.it.browser;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
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

    /** Presses Continue when the page refuses it: the same form comes back with its messages. */
    public void proceedRefused() {
        Forms.submit(driver, "ask:continue");
    }

    /** The id of the element that has the focus, or of the nearest element around it that has an id. */
    public String focused() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "var e = document.activeElement; while (e && !e.id) { e = e.parentElement; } return e ? e.id : '';");
    }

    /** Whether the focus is on or within the element with this id. */
    public boolean focusWithin(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var box = document.getElementById(arguments[0]); return !!box && box.contains(document.activeElement);", id));
    }

    /** Waits until the message next to a field is gone (its Ajax check found the field right). */
    public void awaitNoMessage(String messageId) {
        Browser.waitFor(driver).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(messageId)).getText().isBlank());
        Browser.waitUntilSettled(driver);
    }

    /** Types into the subject and waits for the counter to show this many words. */
    public WebElement subjectCounterAt(String subject, int words) {
        Forms.type(driver, "ask:subject", subject);
        Browser.waitFor(driver).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("ask:subjectWords")).getText().startsWith(words + " "));
        Browser.waitUntilSettled(driver);
        return driver.findElement(By.id("ask:subjectWords"));
    }

    /** Leaves the field that has the focus, as Tab does (its change is sent). */
    public void leaveField() {
        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
    }

    /**
     * Presses Finish and reports what the button looked like while its form was on the way: a watcher set on the
     * button before the click writes its state to the tab's session storage, which the next page can still read.
     */
    public Map<String, Object> finishWatchingBusyState() {
        ((JavascriptExecutor) driver).executeScript(
                "var b = document.getElementById('ask:finish'); sessionStorage.removeItem('finish-busy');"
                        + "new MutationObserver(function () {"
                        + "  if (b.disabled && b.getAttribute('aria-busy') === 'true') {"
                        + "    sessionStorage.setItem('finish-busy', JSON.stringify({disabled: b.disabled, busy: b.getAttribute('aria-busy'),"
                        + "      text: b.textContent.trim(), spinner: !!b.querySelector('.pi-spinner')}));"
                        + "  }"
                        + "}).observe(b, {attributes: true, subtree: true, childList: true, characterData: true});");
        finish();
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "var s = sessionStorage.getItem('finish-busy'); return s ? JSON.parse(s) : {};");
        return state;
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
