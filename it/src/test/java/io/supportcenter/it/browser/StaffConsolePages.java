package io.supportcenter.it.browser;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The staff console as an agent or supervisor uses it: sign-in with its second step, queues, an inquiry. */
public final class StaffConsolePages {

    private final WebDriver driver;
    private final URI root;

    public StaffConsolePages(WebDriver driver, URI root) {
        this.driver = driver;
        this.root = root;
    }

    public void signIn(String email, String password) {
        driver.get(root.resolve("/staff/login").toString());
        Forms.type(driver, "staffLogin:email", email);
        Forms.type(driver, "staffLogin:password", password);
        Forms.submit(driver, "staffLogin:submit");
        Browser.waitUntilSettled(driver);
    }

    /** The key shown for setting up the authenticator app, without the spaces between groups. */
    public String secretShown() {
        return Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("totp-secret")))
                .getText().replace(" ", "");
    }

    public void enterCode(String code) {
        Forms.type(driver, "code:value", code);
        Forms.submit(driver, "code:submit");
        Browser.waitUntilSettled(driver);
    }

    public void openQueue(String query) {
        driver.get(root.resolve("/staff/queues" + query).toString());
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("queue:inquiries")));
        Browser.waitUntilSettled(driver);
    }

    /** Presses Claim in the row of this inquiry and waits for the inquiry page. */
    public void claim(long number) {
        WebElement claim = driver.findElement(By.id("claim-" + number));
        claim.click();
        Browser.waitUntilGone(driver, claim);
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("work:text")));
        Browser.waitUntilSettled(driver);
    }

    public void reply(String text) {
        WebElement field = Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("work:text")));
        field.clear();
        field.sendKeys(text);
        Forms.submit(driver, "work:reply");
        Browser.waitUntilSettled(driver);
    }

    public String text(String id) {
        return Forms.text(driver, id);
    }

    public String pageMessages() {
        return driver.findElements(By.id("page-messages")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** How many canvases on the page Chart.js has drawn a chart on. */
    public long drawnCharts() {
        Browser.waitFor(driver).until(d -> !d.findElements(By.tagName("canvas")).isEmpty());
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('canvas')).filter(c => window.Chart && Chart.getChart(c)).length;")).longValue();
    }

    /** Brings the element into view (for a screenshot of a long page's lower part). */
    public void scrollTo(String id) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
    }

    public void open(String path) {
        driver.get(root.resolve(path).toString());
        Browser.waitUntilSettled(driver);
    }
}
