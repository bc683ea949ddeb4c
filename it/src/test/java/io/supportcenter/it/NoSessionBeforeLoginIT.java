package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.describe;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.SharedPortalContainer;
import io.supportcenter.it.support.TestMembers;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Visitors cost no session: every public page and its forms work without one, a session begins at login
 * (with a new id), a session id in the address is ignored, and a form from another site, or with a forged
 * or another visitor's page token, gets the page-expired page (403 or 400), never a 500.
 */
@RunsOnPayara
class NoSessionBeforeLoginIT {

    /** Every address a visitor reaches before logging in, and what each answers. */
    private static final Map<String, Integer> PUBLIC_PAGES = Map.ofEntries(Map.entry("/", 200), Map.entry("/help", 200),
            Map.entry("/help?q=payment", 200), Map.entry("/contact", 200), Map.entry("/terms", 200), Map.entry("/privacy", 200), Map.entry("/signup", 200),
            Map.entry("/contact-sales", 200), Map.entry("/login", 200), Map.entry("/login-help", 200),
            Map.entry("/login-help/reset?token=unknown", 200), Map.entry("/signup/confirm?token=unknown", 200),
            Map.entry("/staff/login", 200), Map.entry("/help/reset-your-password", 200), Map.entry("/help/change-your-password", 200),
            Map.entry("/help/no-such-topic", 404), Map.entry("/no-such-page", 404));
    private static final Pattern SESSIONS_CREATED = Pattern.compile("(?m)^support_sessions_created_total(?:\\{[^}]*})?\\s+([0-9.eE+-]+)$");
    private static final String EXPIRED = "Your page expired";
    private static final String EVIL = "https://evil.example";

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private long sessionsCreated() {
        Matcher count = SESSIONS_CREATED.matcher(new PortalClient(base).metrics("").body());
        return count.find() ? (long) Double.parseDouble(count.group(1)) : 0;
    }

    /** A login that fails, with an address nobody has: the demo users' failure counts (and locks) stay untouched. */
    private static HttpResponse<String> wrongPassword(FacesForm login, PortalClient client, Map<String, String> provenance) {
        return login.set("login:email", TestMembers.newAddress("nobody")).set("login:password", "not-the-password-00")
                .submitFrom(client, "login:submit", provenance);
    }

    @Test
    void everyPublicPageAndItsErrorsAnswerWithoutACookie() {
        long before = sessionsCreated();
        for (int round = 0; round < 5; round++) {
            for (Map.Entry<String, Integer> page : PUBLIC_PAGES.entrySet()) {
                HttpResponse<String> shown = new PortalClient(base).get(page.getKey());
                assertStatus(page.getValue(), shown);
                assertEquals(List.of(), shown.headers().allValues("Set-Cookie"), page.getKey() + " sets a cookie");
            }
        }
        assertEquals(before, sessionsCreated(), "sessions created by " + 5 * PUBLIC_PAGES.size() + " anonymous requests");
    }

    @Test
    void aPublicFormIsSentAndAnsweredWithoutASession() {
        long before = sessionsCreated();
        PortalClient visitor = new PortalClient(base);
        FacesForm login = FacesForm.open(visitor, "/login", "login");
        assertEquals("stateless", login.viewState(), "the login page keeps no saved view");

        HttpResponse<String> refused = wrongPassword(login, visitor, Map.of("Origin", visitor.origin()));
        assertStatus(200, refused);
        assertTrue(textOf(refused, "login-error").contains("not right"), describe(refused));
        assertEquals(List.of(), refused.headers().allValues("Set-Cookie"));

        // The page that came back is a form like the first: it can be sent again, and now succeeds.
        HttpResponse<String> again = FacesForm.of(refused, "login").set("login:email", TestMembers.newSuperUser("stateless"))
                .set("login:password", Demo.PASSWORD).submit(visitor, "login:submit");
        assertRedirectTo(again, "/support/home", MemberLoginIT.POST_REDIRECT);
        assertFalse(PortalClient.setCookieHeaders(again, "JSESSIONID").isEmpty(), "the session begins at login");
        assertStatus(200, visitor.get("/support/home"));
        assertEquals(before + 1, sessionsCreated(), "one session, made by the login");
    }

    @Test
    void aSessionBeganBeforeLoginGetsANewIdAtLogin() throws IOException, InterruptedException {
        PortalClient member = new PortalClient(base);
        // No page starts a session before login; the test library plants one, as an attacker who fixed the id would.
        assertRedirectTo(member.get("/support/history"), "/login");
        assertTrue(member.cookie("JSESSIONID").isEmpty(), "a protected page opened without a login starts no session");
        assertStatus(200, member.postForm(member.uri("/it/session"), java.util.Map.of()));
        String planted = member.cookie("JSESSIONID").orElseThrow(() -> new AssertionError("the planted session has a cookie"));
        String plantedVersion = member.cookie("JSESSIONIDVERSION").orElseThrow();

        HttpResponse<String> login = FacesForm.open(member, "/login", "login").set("login:email", TestMembers.newSuperUser("planted"))
                .set("login:password", Demo.PASSWORD).submit(member, "login:submit");
        assertRedirectTo(login, "/support/history", MemberLoginIT.POST_REDIRECT);
        String signedIn = member.cookie("JSESSIONID").orElseThrow();
        assertNotEquals(planted, signedIn, "the session id must change at login");
        assertStatus(200, member.get("/support/history"));
        assertStatus(200, withSessionCookies(signedIn, member.cookie("JSESSIONIDVERSION").orElseThrow(), "/support/history"));
        assertRedirectTo(withSessionCookies(planted, plantedVersion, "/support/history"), "/login");
    }

    @Test
    void aSessionIdInTheAddressIsIgnored() throws IOException, InterruptedException {
        PortalClient client = signedIn("addressed");
        String id = client.cookie("JSESSIONID").orElseThrow();
        String version = client.cookie("JSESSIONIDVERSION").orElseThrow();
        assertStatus(200, withSessionCookies(id, version, "/support/home")); // the two cookies, as a browser sends them

        // The id in the address instead of its cookie (the version cookie still sent): a leaked address signs nobody in.
        HttpResponse<String> fromAddress = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                URI.create(client.uri("/support/home") + ";jsessionid=" + id)).header("Cookie", "JSESSIONIDVERSION=" + version).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, fromAddress.statusCode(), "a session id in the address signs nobody in: " + fromAddress.body());
        assertTrue(fromAddress.headers().firstValue("Location").orElse("").endsWith("/login"), fromAddress.headers().map().toString());
        assertStatus(200, client.get("/support/home"));
    }

    @Test
    void aFormFromAnotherSiteIsRefusedWithThePageExpiredPage() {
        PortalClient visitor = new PortalClient(base);
        FacesForm login = FacesForm.open(visitor, "/login", "login");
        for (Map<String, String> foreign : List.of(Map.of("Origin", EVIL), Map.of("Sec-Fetch-Site", "cross-site", "Origin", EVIL),
                Map.of("Referer", EVIL + "/login"), Map.<String, String>of())) {
            HttpResponse<String> refused = wrongPassword(login, visitor, foreign);
            assertStatus(403, refused);
            assertTrue(refused.body().contains(EXPIRED), foreign + ": " + describe(refused));
            assertEquals(List.of(), refused.headers().allValues("Set-Cookie"), foreign + " made a session");
        }
        // What browsers send from the portal's own pages is accepted, whichever of the three they send.
        for (Map<String, String> own : List.of(Map.of("Sec-Fetch-Site", "same-origin"), Map.of("Referer", visitor.origin() + "/login"))) {
            assertTrue(textOf(wrongPassword(login, visitor, own), "login-error").contains("not right"), own.toString());
        }

        // A signed-in member's form sent from another site changes nothing either.
        String member = TestMembers.newSuperUser("crossorigin");
        PortalClient signedIn = Logins.member(base, member);
        HttpResponse<String> change = FacesForm.open(signedIn, "/account/password", "password").set("password:current", Demo.PASSWORD)
                .set("password:new", "lantern-orchard-2041").set("password:confirmation", "lantern-orchard-2041")
                .submitFrom(signedIn, "password:submit", Map.of("Origin", EVIL));
        assertStatus(403, change);
        Logins.member(base, member); // fails unless the old password still signs in
    }

    @Test
    void aForgedOrAnotherVisitorsPageTokenGetsThePageExpiredPageAndCostsTheLogNoStackTrace() {
        int logged = SharedPortalContainer.log().length();
        PortalClient visitor = new PortalClient(base);
        FacesForm login = FacesForm.open(visitor, "/login", "login");
        HttpResponse<String> forged = login.set(FacesForm.VIEW_STATE, "-4711:1234").set("login:email", TestMembers.newAddress("forged"))
                .set("login:password", "not-the-password-00").submit(visitor, "login:submit");
        assertStatus(400, forged);
        assertTrue(forged.body().contains(EXPIRED), describe(forged));

        HttpResponse<String> withoutNonce = FacesForm.open(visitor, "/login", "login").clear(FacesForm.PRIMEFACES_NONCE)
                .set("login:email", TestMembers.newAddress("nononce")).set("login:password", "not-the-password-00")
                .submit(visitor, "login:submit");
        assertStatus(400, withoutNonce);
        assertTrue(withoutNonce.body().contains(EXPIRED), describe(withoutNonce));

        // A signed-in page's token belongs to its session: another member's session cannot use it.
        PortalClient first = signedIn("firsttoken");
        PortalClient second = signedIn("secondtoken");
        FacesForm firstsPage = FacesForm.open(first, "/account/password", "password").set("password:current", Demo.PASSWORD)
                .set("password:new", "lantern-orchard-2041").set("password:confirmation", "lantern-orchard-2041");
        HttpResponse<String> borrowed = firstsPage.submit(second, "password:submit");
        assertStatus(400, borrowed);
        assertTrue(borrowed.body().contains(EXPIRED), describe(borrowed));

        String meanwhile = SharedPortalContainer.log().substring(logged);
        assertFalse(meanwhile.contains("ViewExpiredException") || meanwhile.contains("CspException")
                || meanwhile.contains("StandardWrapperValve"), "no stack trace per refused form:\n" + meanwhile);
    }

    private PortalClient signedIn(String name) {
        return Logins.member(base, TestMembers.newSuperUser(name));
    }

    /** A request with these session cookies only (Payara finds a session by its id and its version cookie). */
    private HttpResponse<String> withSessionCookies(String sessionId, String version, String path) throws IOException, InterruptedException {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(new PortalClient(base).uri(path))
                .header("Cookie", "JSESSIONID=" + sessionId + "; JSESSIONIDVERSION=" + version).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
