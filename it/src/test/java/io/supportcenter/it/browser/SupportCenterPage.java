package io.supportcenter.it.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Any page of the signed-in support center: the tab bar, the page heading and the account menu. */
public final class SupportCenterPage {

    public enum Tab {
        HOME("tab-home", "Support Home", "/support/home"),
        TOPICS("tab-topics", "Browse Topics", "/support/topics"),
        ASK("tab-ask", "Ask a Question", "/support/ask"),
        HISTORY("tab-history", "Support History", "/support/history");

        public final String id;
        public final String label;
        public final String path;

        Tab(String id, String label, String path) {
            this.id = id;
            this.label = label;
            this.path = path;
        }
    }

    private final WebDriver driver;

    private SupportCenterPage(WebDriver driver) {
        this.driver = driver;
    }

    public static SupportCenterPage at(WebDriver driver) {
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("tab-home")));
        Browser.waitUntilSettled(driver);
        return new SupportCenterPage(driver);
    }

    public WebElement tab(Tab tab) {
        return driver.findElement(By.id(tab.id));
    }

    public boolean isCurrent(Tab tab) {
        return "page".equals(tab(tab).getAttribute("aria-current"));
    }

    public SupportCenterPage open(Tab tab) {
        WebElement link = tab(tab);
        link.click();
        Browser.waitUntilGone(driver, link);
        return at(driver);
    }

    public String title() {
        return driver.findElement(By.id("page-title")).getText().trim();
    }

    public String signedInName() {
        return driver.findElement(By.id("signed-in-name")).getText().trim();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Opens the account menu and waits until its logout entry can be clicked. */
    public SupportCenterPage openAccountMenu() {
        WebElement menu = driver.findElement(By.id("account-menu-button"));
        // p:menuButton renders a wrapper with this id around the real <button>; click the button itself.
        List<WebElement> inner = menu.getTagName().equalsIgnoreCase("button") || menu.getTagName().equalsIgnoreCase("a")
                ? List.of() : menu.findElements(By.tagName("button"));
        (inner.isEmpty() ? menu : inner.get(0)).click();
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("menu-logout")));
        Browser.waitUntilSettled(driver);
        return this;
    }

    public LoginPage logOut() {
        WebElement logout = driver.findElement(By.id("menu-logout"));
        logout.click();
        Browser.waitUntilGone(driver, logout);
        return LoginPage.at(driver);
    }
}
