package io.supportcenter.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Login Help, /login-help. */
public final class LoginHelpPage {

    private final WebDriver driver;

    private LoginHelpPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Follows the link on the login page. */
    public static LoginHelpPage fromLogin(WebDriver driver) {
        driver.findElement(By.id("login-help-link")).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("loginHelp:email")));
        Browser.waitUntilSettled(driver);
        return new LoginHelpPage(driver);
    }

    /** Asks for a new password and returns the page's answer. */
    public String request(String email) {
        Forms.type(driver, "loginHelp:email", email);
        Forms.submit(driver, "loginHelp:submit");
        return Forms.text(driver, "login-help-result");
    }

    public LoginPage backToLogin() {
        driver.findElement(By.id("back-to-login")).click();
        return LoginPage.at(driver);
    }
}
