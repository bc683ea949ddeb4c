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
     * clicking it; then the button is looked up again.
     */
    static void submit(WebDriver driver, String id) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement button = Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id(id)));
                button.click();
                Browser.waitFor(driver).until(ExpectedConditions.stalenessOf(button));
                Browser.waitUntilSettled(driver);
                return;
            } catch (StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            } catch (WebDriverException e) {
                // Chromium's wording for a node replaced under our feet, before it was clicked.
                if (attempt == 3 || e.getMessage() == null || !e.getMessage().contains("does not belong to the document")) {
                    throw e;
                }
            }
            // The node may also have gone because the click did land and the next page replaced this one
            // (a slow machine widens that window): then there is nothing to click again.
            if (driver.findElements(By.id(id)).isEmpty()) {
                Browser.waitUntilSettled(driver);
                return;
            }
        }
    }

    static String text(WebDriver driver, String id) {
        return Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText().trim();
    }
}
