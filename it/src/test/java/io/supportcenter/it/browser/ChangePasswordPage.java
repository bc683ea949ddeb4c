package io.supportcenter.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Change password, /account/password (also where a login with a system password leads). */
public final class ChangePasswordPage {

    private final WebDriver driver;

    private ChangePasswordPage(WebDriver driver) {
        this.driver = driver;
    }

    public static ChangePasswordPage at(WebDriver driver) {
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("password:new")));
        Browser.waitUntilSettled(driver);
        return new ChangePasswordPage(driver);
    }

    public boolean isForced() {
        return !driver.findElements(By.id("forced-change")).isEmpty();
    }

    public boolean asksForCurrentPassword() {
        List<?> current = driver.findElements(By.id("password:current"));
        return !current.isEmpty();
    }

    /** Chooses a new password; after a forced change the portal continues to Support Home. */
    public SupportCenterPage chooseAfterSystemPassword(String password) {
        Forms.type(driver, "password:new", password);
        Forms.type(driver, "password:confirmation", password);
        Forms.submit(driver, "password:submit");
        return SupportCenterPage.at(driver);
    }
}
