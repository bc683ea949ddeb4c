package io.supportcenter.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Typing and clicking the way a person does, waiting for each element to be ready first. */
final class Forms {

    private Forms() {
    }

    static void type(WebDriver driver, String id, String text) {
        try {
            WebElement input = Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id(id)));
            input.clear();
            input.sendKeys(text);
        } catch (StaleElementReferenceException e) {
            // Replaced by a widget's late initialisation: once more with the new node.
            WebElement input = Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id(id)));
            input.clear();
            input.sendKeys(text);
        }
    }

    /**
     * Clicks a button that submits the page and waits for the next page to load. Widgets that build
     * their markup after the page loaded (the file uploader) can replace the node between finding and
     * clicking it; then the button is looked up again. Once the click has gone out it is never repeated:
     * a page that shows the same form again (Administrative Settings) would otherwise be sent twice.
     */
    static void submit(WebDriver driver, String id) {
        WebElement button = clickWhenReady(driver, id);
        Browser.waitUntilGone(driver, button);
        Browser.waitUntilSettled(driver);
    }

    private static WebElement clickWhenReady(WebDriver driver, String id) {
        for (int attempt = 1; ; attempt++) {
            WebElement button = Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id(id)));
            try {
                button.click();
                return button;
            } catch (StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            } catch (WebDriverException e) {
                if (attempt == 3 || !Browser.isReplacedNode(e)) {
                    throw e;
                }
            }
        }
    }

    static String text(WebDriver driver, String id) {
        return Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText().trim();
    }
}
