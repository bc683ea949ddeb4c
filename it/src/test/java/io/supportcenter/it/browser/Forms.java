package io.supportcenter.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Typing and clicking the way a person does, waiting for each element to be ready first. */
final class Forms {

    private Forms() {
    }

    static void type(WebDriver driver, String id, String text) {
        WebElement input = Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks a button that submits the page and waits for the next page to load. */
    static void submit(WebDriver driver, String id) {
        WebElement button = Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        button.click();
        Browser.waitFor(driver).until(ExpectedConditions.stalenessOf(button));
        Browser.waitUntilSettled(driver);
    }

    static String text(WebDriver driver, String id) {
        return Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText().trim();
    }
}
