package io.supportcenter.it.browser;

import java.net.URI;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The member login page, /login. */
public final class LoginPage {

    private final WebDriver driver;

    private LoginPage(WebDriver driver) {
        this.driver = driver;
    }

    public static LoginPage open(WebDriver driver, URI root) {
        driver.get(root.resolve("/login").toString());
        return at(driver);
    }

    /** The browser is on the login page (after a redirect, for instance). */
    public static LoginPage at(WebDriver driver) {
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")));
        Browser.waitUntilSettled(driver);
        return new LoginPage(driver);
    }

    public SupportCenterPage logIn(String email, String password) {
        type(By.id("login:email"), email);
        type(By.id("login:password"), password);
        driver.findElement(By.id("login:submit")).click();
        return SupportCenterPage.at(driver);
    }

    /** Logs in where the portal leads somewhere other than Support Home (a forced password change). */
    public void logInExpectingRedirect(String email, String password) {
        type(By.id("login:email"), email);
        type(By.id("login:password"), password);
        WebElement submit = driver.findElement(By.id("login:submit"));
        submit.click();
        Browser.waitUntilGone(driver, submit);
        Browser.waitUntilSettled(driver);
    }

    /**
     * Logs in where the address failed too often from elsewhere: the page asks for the person check, which is
     * ticked from the keyboard; then the password is typed again. Returns the question the page asked.
     */
    public String logInThroughThePersonCheck(String email, String password, Runnable inspect) {
        logInExpectingRedirect(email, password);
        String asked = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error"))).getText().trim();
        WebElement check = Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#human-check input[type='checkbox']")));
        inspect.run();
        check.sendKeys(" ");
        Browser.waitFor(driver).until(d -> !d.findElement(By.cssSelector("#human-check input[name='altcha']")).getAttribute("value").isEmpty());
        type(By.id("login:password"), password);
        WebElement submit = driver.findElement(By.id("login:submit"));
        submit.click();
        Browser.waitUntilGone(driver, submit);
        Browser.waitUntilSettled(driver);
        return asked;
    }

    public String logoutMessage() {
        return Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("logout-info")))
                .getText().trim();
    }

    private void type(By field, String text) {
        WebElement input = Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(field));
        input.clear();
        input.sendKeys(text);
    }
}
