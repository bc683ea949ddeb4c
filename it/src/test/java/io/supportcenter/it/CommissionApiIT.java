package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.describe;
import static io.supportcenter.it.support.PortalAssertions.jsonOf;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestDatabase;
import io.supportcenter.it.support.TestMembers;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import io.supportcenter.it.browser.Browser;
import io.supportcenter.it.browser.JourneyBrowser;
import io.supportcenter.it.support.ItSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.junit.jupiter.api.Test;

/**
 * The commission endpoint over HTTP with a key an admin made in the console: refused without a key or
 * with a wrong or revoked one, 400 for a body that is not JSON, per-record outcomes with a repeated
 * external id counted once, and a valid record moving the account's last valid commission day.
 */
@RunsOnPayara
class CommissionApiIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final JourneyBrowser browser = new JourneyBrowser();

    private HttpResponse<String> post(String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(new PortalClient(base).uri("/api/v1/commissions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void recordsAreJudgedOneByOneWithAKeyMadeAndRevokedInTheConsole() {
        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        HttpResponse<String> made = FacesForm.open(admin, "/staff/admin/api-keys", "key").set("key:name", "Tracking platform")
                .submit(admin, "key:create");
        String key = textOf(made, "new-key-secret");
        assertTrue(key.startsWith("sc_"), describe(made));

        String member = TestMembers.newSuperUser("commissioned");
        String account = TestMembers.accountNumberOf(member);
        String id = "ext-" + UUID.randomUUID();
        String batch = "[{\"externalId\":\"" + id + "\",\"accountNumber\":\"" + account + "\",\"amount\":12.5,\"currency\":\"USD\","
                + "\"eventTime\":\"2026-11-19T03:00:00Z\",\"valid\":true},"
                + "{\"externalId\":\"" + id + "\",\"accountNumber\":\"" + account + "\",\"amount\":12.5,\"currency\":\"USD\","
                + "\"eventTime\":\"2026-11-19T03:00:00Z\",\"valid\":true},"
                + "{\"externalId\":\"" + id + "-x\",\"accountNumber\":\"0000000\",\"amount\":\"3.10\",\"currency\":\"USD\","
                + "\"eventTime\":\"2026-11-19T03:00:00Z\",\"valid\":true},"
                + "{\"externalId\":\"" + id + "-y\",\"accountNumber\":\"" + account + "\",\"amount\":1,\"currency\":\"USD\","
                + "\"eventTime\":\"yesterday\",\"valid\":true}]";

        assertStatus(401, post(null, batch));
        assertStatus(401, post(key + "x", batch));
        assertStatus(400, post(key, "{not json"));
        assertEquals(0, TestDatabase.current().count("SELECT COUNT(*) FROM commission_record WHERE external_id LIKE '" + id + "%'"));

        HttpResponse<String> answer = post(key, batch);
        assertEquals(422, answer.statusCode(), answer.body());
        JsonObject report = jsonOf(answer);
        assertEquals(1, report.getInt("accepted"));
        assertEquals(1, report.getInt("repeated"));
        assertEquals(2, report.getInt("refused"));
        JsonArray results = report.getJsonArray("results");
        assertEquals("unknown-account", results.getJsonObject(2).getString("reason"));
        assertEquals("event-time", results.getJsonObject(3).getString("reason"));
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM account WHERE account_number = '" + account
                + "' AND last_valid_commission_on = DATE '2026-11-18'"), "the day in Pacific time");

        HttpResponse<String> again = post(key, "{\"externalId\":\"" + id + "\",\"accountNumber\":\"" + account
                + "\",\"amount\":12.5,\"currency\":\"USD\",\"eventTime\":\"2026-11-19T03:00:00Z\",\"valid\":true}");
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("\"repeated\":1"), again.body());
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM commission_record WHERE external_id = '" + id + "'"));

        HttpResponse<String> keys = admin.get("/staff/admin/api-keys");
        Matcher revoke = Pattern.compile("<button id=\"(keys:[^\"]*revoke)\"").matcher(keys.body());
        assertTrue(revoke.find(), describe(keys));
        FacesForm.of(keys, "keys").submit(admin, revoke.group(1));
        assertStatus(401, post(key, batch));
        assertTrue(textOf(admin.get("/staff/admin/api-keys"), "api-keys").contains("Revoked"));
        assertStatus(403, Logins.staff(base, Demo.LEAD).get("/staff/admin/api-keys"));
    }

    @Test
    void theInterfaceIsDescribedByTheServer() {
        HttpResponse<String> description = new PortalClient(base).get(URI.create(base.getProtocol() + "://" + base.getHost() + ":"
                + base.getPort() + "/openapi"));
        assertStatus(200, description);
        assertTrue(description.body().contains("/api/v1/commissions"), description.body());
    }

    @Test
    void theDescriptionHasTheSchemasOfTheRequestTheAnswerAndTheErrors() {
        HttpResponse<String> description = new PortalClient(base).get(URI.create(base.getProtocol() + "://" + base.getHost() + ":"
                + base.getPort() + "/openapi"));
        assertStatus(200, description);
        String yaml = description.body();
        for (String schema : List.of("CommissionBatch", "CommissionRecord", "CommissionReport", "CommissionResult", "Error")) {
            assertTrue(yaml.contains("\n    " + schema + ":\n"), "components.schemas." + schema + " in:\n" + yaml);
        }
        for (String field : List.of("externalId:", "accountNumber:", "amount:", "currency:", "eventTime:", "valid:", "accepted:",
                "results:", "reason:", "limitBytes:")) {
            assertTrue(yaml.contains(field), field + " in:\n" + yaml);
        }
        assertTrue(yaml.contains("$ref: \"#/components/schemas/CommissionBatch\""), "the request body's schema:\n" + yaml);
        assertTrue(yaml.contains("$ref: \"#/components/schemas/CommissionReport\"") || yaml.matches("(?s).*\"(200|422)\":.*accepted:.*"),
                "the answer's schema:\n" + yaml);
    }

    @Test
    void anAdminImportsACsvFileInTheConsoleAndReadsEachLinesOutcome() throws IOException {
        String member = TestMembers.newSuperUser("imported");
        String account = TestMembers.accountNumberOf(member);
        String id = "csv-" + UUID.randomUUID();
        Path file = Files.createTempFile(ItSettings.targetDir(), "commissions-", ".csv");
        Files.writeString(file, "externalId,accountNumber,amount,currency,eventTime,valid\n"
                + id + "," + account + ",12.50,USD,2026-11-19T03:00:00Z,true\n"
                + id + "," + account + ",12.50,USD,2026-11-19T03:00:00Z,true\n"
                + id + "-x,0000000,3.10,USD,2026-11-19T03:00:00Z,true\n");

        WebDriver driver = browser.driver();
        URI root = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
        // The admin signs in over HTTP (with the authenticator code) and the browser carries on in that session.
        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        driver.get(root.resolve("/help").toString());
        // Both session cookies, as the login left them in the admin's browser: Payara finds a session by its id and version.
        for (String name : new String[] {"JSESSIONID", "JSESSIONIDVERSION"}) {
            driver.manage().addCookie(new Cookie(name, admin.cookie(name).orElseThrow(), "/"));
        }
        driver.get(root.resolve("/staff/admin/commissions").toString());
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import input[type='file']")))
                .sendKeys(file.toAbsolutePath().toString());
        WebElement submit = driver.findElement(By.id("import:submit"));
        submit.click();
        Browser.waitUntilGone(driver, submit);
        WebElement report = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("report")));
        browser.inspect("commission-import-report");

        assertTrue(driver.findElement(By.id("page-messages")).getText().contains("Imported: 1 accepted, 1 already received, 1 refused."),
                driver.findElement(By.id("page-messages")).getText());
        List<WebElement> rows = report.findElements(By.cssSelector("tbody tr"));
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).getText().contains("Accepted"), rows.get(0).getText());
        assertTrue(rows.get(1).getText().contains("Already received"), rows.get(1).getText());
        assertTrue(rows.get(2).getText().contains(id + "-x"), rows.get(2).getText());
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM account WHERE account_number = '" + account
                + "' AND last_valid_commission_on = DATE '2026-11-18'"));
        browser.assertNoBlockingViolations();
    }
}
