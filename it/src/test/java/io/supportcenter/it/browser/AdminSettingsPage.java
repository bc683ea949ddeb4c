package io.supportcenter.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Administrative Settings, /account/admin. */
public final class AdminSettingsPage {

    private final WebDriver driver;

    private AdminSettingsPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens it from the account menu of a Support Center page (the menu must be open). */
    public static AdminSettingsPage fromAccountMenu(WebDriver driver) {
        driver.findElement(By.id("menu-admin")).click();
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("/account/admin"));
        Browser.waitUntilSettled(driver);
        return new AdminSettingsPage(driver);
    }

    public boolean isLocked() {
        return !driver.findElements(By.id("gate:password")).isEmpty();
    }

    public AdminSettingsPage unlock(String superUserPassword) {
        Forms.type(driver, "gate:password", superUserPassword);
        Forms.submit(driver, "gate:submit");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("users")));
        return this;
    }

    public String users() {
        return Forms.text(driver, "users");
    }

    /** Adds a user with the default language and time zone; returns the page's confirmation. */
    public String addUser(String name, String email) {
        Forms.type(driver, "add:name", name);
        Forms.type(driver, "add:email", email);
        Forms.submit(driver, "add:submit");
        return Forms.text(driver, "page-messages");
    }
}
