package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertHasId;
import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.describe;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Html;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Member sign-in, sign-out and access control, over plain HTTP as a browser without JavaScript. */
@RunsOnPayara
class MemberLoginIT {

    /** The login answers with a redirect after a POST: 302 or 303, as the contract allows. */
    static final Set<Integer> POST_REDIRECT = Set.of(302, 303);

    /** id, label and path of every tab, in the order the tab bar shows them. */
    static final List<String[]> TABS = List.of(
            new String[] {"tab-home", "Support Home", "/support/home"},
            new String[] {"tab-topics", "Browse Topics", "/support/topics"},
            new String[] {"tab-ask", "Ask a Question", "/support/ask"},
            new String[] {"tab-history", "Support History", "/support/history"});

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    static HttpResponse<String> logIn(PortalClient client, String email, String password) {
        return FacesForm.open(client, "/login", "login")
                .set("login:email", email)
                .set("login:password", password)
                .submit(client, "login:submit");
    }

    @Test
    void superUserLogsInAndSeesTheSupportCenterTabs() {
        PortalClient client = new PortalClient(base);

        HttpResponse<String> login = logIn(client, Demo.PAT, Demo.PASSWORD);
        assertRedirectTo(login, "/support/home", POST_REDIRECT);

        HttpResponse<String> home = client.follow(login);
        assertStatus(200, home);
        assertHasId(home, "page-title");
        assertTrue(textOf(home, "signed-in-name").contains(Demo.PAT_NAME),
                "signed-in-name should name " + Demo.PAT_NAME + " but is: " + textOf(home, "signed-in-name"));

        // Every tab is a page of its own, and only the current one is marked for assistive technology.
        for (String[] current : TABS) {
            HttpResponse<String> page = client.get(current[2]);
            assertStatus(200, page);
            assertHasId(page, "page-title");
            for (String[] tab : TABS) {
                Map<String, String> link = Html.attributesOfId(page.body(), tab[0]).orElseThrow(
                        () -> new AssertionError("No tab link id " + tab[0] + " on " + current[2]));
                assertEquals(tab[1], textOf(page, tab[0]), "text of " + tab[0] + " on " + current[2]);
                assertEquals(tab[2], page.uri().resolve(link.getOrDefault("href", "")).getPath(),
                        "href of " + tab[0] + " on " + current[2]);
                if (tab == current) {
                    assertEquals("page", link.get("aria-current"), tab[0] + " is the active tab on " + current[2]);
                } else {
                    assertNotEquals("page", link.get("aria-current"),
                            tab[0] + " must not be marked current on " + current[2]);
                }
            }
        }

        assertRedirectTo(client.get("/support"), "/support/home");
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameNeutralAnswer() {
        PortalClient wrongPassword = new PortalClient(base);
        HttpResponse<String> a = logIn(wrongPassword, Demo.PAT, "not-the-password-42");
        PortalClient unknownEmail = new PortalClient(base);
        HttpResponse<String> b = logIn(unknownEmail, "nobody@nowhere.example", Demo.PASSWORD);

        // Neither may reveal whether the email exists: same status, same message, no redirect.
        assertStatus(200, a);
        assertStatus(200, b);
        assertEquals(Demo.NEUTRAL_LOGIN_ERROR, textOf(a, "login-error"));
        assertEquals(Demo.NEUTRAL_LOGIN_ERROR, textOf(b, "login-error"));

        assertRedirectTo(wrongPassword.get("/support/home"), "/login");
        assertRedirectTo(unknownEmail.get("/support/home"), "/login");
    }

    @ParameterizedTest
    @ValueSource(strings = {Demo.DANA_DORMANT_30_DAYS, Demo.OLGA_DORMANT_200_DAYS, Demo.CARL_CLOSED_FOR_COMPLIANCE})
    void deactivatedAccountsAreExplainedOnlyAfterTheRightPasswordAndNeverSignedIn(String email) {
        PortalClient stranger = new PortalClient(base);
        HttpResponse<String> wrong = logIn(stranger, email, "not-the-password-1");
        assertStatus(200, wrong);
        assertEquals(Demo.NEUTRAL_LOGIN_ERROR, textOf(wrong, "login-error"), "a wrong password tells nothing about the account");

        PortalClient client = new PortalClient(base);
        HttpResponse<String> login = logIn(client, email, Demo.PASSWORD);

        assertRedirectTo(login, "/account-status", POST_REDIRECT);
        HttpResponse<String> status = client.follow(login);
        boolean closedForGood = email.equals(Demo.CARL_CLOSED_FOR_COMPLIANCE);
        assertTrue(textOf(status, "page-title").contains(closedForGood ? "closed" : "deactivated"), describe(status));
        // A lost email address is a reason for a new account after dormancy; after a compliance closure it is no way around it.
        assertEquals(!closedForGood, Html.hasId(status.body(), "status-new-address"), describe(status));
        if (!closedForGood) {
            assertTrue(textOf(status, "status-new-address").contains("new account with a new email address"));
        }
        assertRedirectTo(client.get("/support/home"), "/login");
        assertRedirectTo(new PortalClient(base).get("/account-status"), "/login");
    }

    @Test
    void sessionIdChangesAtLogin() {
        PortalClient client = new PortalClient(base);
        FacesForm form = FacesForm.open(client, "/login", "login");
        Optional<String> before = client.cookie("JSESSIONID");

        HttpResponse<String> login = form.set("login:email", Demo.SAM).set("login:password", Demo.PASSWORD)
                .submit(client, "login:submit");
        assertRedirectTo(login, "/support/home", POST_REDIRECT);

        Optional<String> after = client.cookie("JSESSIONID");
        assertTrue(after.isPresent(), "no JSESSIONID cookie after login");
        // A fixed session id would let whoever planted it before login ride the signed-in session.
        assertNotEquals(before, after, "the session id must change at login");
        assertStatus(200, client.get("/support/home"));
    }

    @Test
    void redirectsNameThePathNeverTheHostTheRequestClaimed() throws java.io.IOException {
        // A protected page (the login's redirect), the logout page without a login (a servlet's), a section's address.
        for (String path : List.of("/support/home", "/logout", "/support")) {
            String location = locationWithHost(path, "evil.example");
            assertTrue(location.startsWith("/") && !location.startsWith("//"), path + " redirects to a path: " + location);
            assertFalse(location.contains("evil.example"), path + " never to the claimed host: " + location);
        }
    }

    /** The Location a GET answers when its Host header names another site (which java.net.http will not send). */
    private String locationWithHost(String path, String host) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher location = java.util.regex.Pattern.compile("(?im)^Location:\\s*(\\S+)").matcher(answer);
            assertTrue(location.find(), path + " answers a redirect: " + answer.lines().findFirst().orElse(""));
            return location.group(1);
        }
    }

    @Test
    void logoutEndsTheSession() {
        PortalClient client = new PortalClient(base);
        assertRedirectTo(logIn(client, Demo.PAT, Demo.PASSWORD), "/support/home", POST_REDIRECT);
        assertStatus(200, client.get("/support/home"));

        // The address alone never logs out (another site could make a browser ask for it): it offers the button.
        HttpResponse<String> offered = client.get("/logout");
        assertStatus(200, offered);
        assertTrue(Html.hasId(offered.body(), "logout-submit"), "a page with the logout button");
        assertStatus(200, client.get("/support/home"));
        assertRedirectTo(new PortalClient(base).get("/logout"), "/login");

        HttpResponse<String> logout = client.postForm(client.uri("/logout"), Map.of());
        assertRedirectTo(logout, "/login");
        assertEquals("loggedOut=true", PortalClient.redirectTarget(logout).getQuery(), describe(logout));

        HttpResponse<String> loginPage = client.follow(logout);
        assertStatus(200, loginPage);
        assertEquals("You have logged out.", textOf(loginPage, "logout-info"));

        assertRedirectTo(client.get("/support/home"), "/login");
    }

    @Test
    void anonymousVisitorIsSentToLoginAndBackToTheAskedPage() {
        PortalClient client = new PortalClient(base);

        HttpResponse<String> asked = client.get("/support/topics?q=payment");
        assertRedirectTo(asked, "/login");
        assertTrue(asked.headers().allValues("Set-Cookie").stream().noneMatch(cookie -> cookie.toUpperCase().startsWith("JSESSIONID")),
                "a protected page opened without a login starts no session: " + asked.headers().allValues("Set-Cookie"));

        // Log in on exactly the page the redirect pointed at, so whatever it carries (session or query) counts.
        HttpResponse<String> loginPage = client.follow(asked);
        assertStatus(200, loginPage);
        HttpResponse<String> login = FacesForm.of(loginPage, "login")
                .set("login:email", Demo.PAT)
                .set("login:password", Demo.PASSWORD)
                .submit(client, "login:submit");
        assertRedirectTo(login, "/support/topics", POST_REDIRECT);
        assertEquals("q=payment", PortalClient.redirectTarget(login).getQuery(), "back to the page asked for, with its query");

        HttpResponse<String> topics = client.follow(login);
        assertStatus(200, topics);
        assertEquals("page", Html.attributesOfId(topics.body(), "tab-topics").orElseThrow().get("aria-current"));
        assertTrue(login.headers().allValues("Set-Cookie").stream().anyMatch(cookie -> cookie.startsWith("support-return-to=")
                && cookie.contains("Max-Age=0")), "the remembered page is forgotten once used: " + login.headers().allValues("Set-Cookie"));
    }

    @Test
    void pagesCarrySecurityHeadersAndTheSessionCookieIsProtected() {
        PortalClient client = new PortalClient(base);
        HttpResponse<String> loginPage = client.get("/login");
        assertStatus(200, loginPage);
        HttpResponse<String> login = FacesForm.of(loginPage, "login")
                .set("login:email", Demo.PAT)
                .set("login:password", Demo.PASSWORD)
                .submit(client, "login:submit");
        assertRedirectTo(login, "/support/home", POST_REDIRECT);
        HttpResponse<String> home = client.follow(login);
        assertStatus(200, home);

        for (HttpResponse<String> page : List.of(loginPage, home)) {
            String where = "on " + page.uri();
            String csp = page.headers().firstValue("Content-Security-Policy")
                    .orElseThrow(() -> new AssertionError("no Content-Security-Policy " + where));
            assertTrue(csp.contains("frame-ancestors 'none'"), "CSP " + where + " lacks frame-ancestors 'none': " + csp);
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null),
                    "X-Content-Type-Options " + where);
            assertFalse(page.headers().firstValue("Referrer-Policy").orElse("").isBlank(), "Referrer-Policy " + where);
        }

        List<String> sessionCookies = new ArrayList<>();
        sessionCookies.addAll(PortalClient.setCookieHeaders(loginPage, "JSESSIONID"));
        sessionCookies.addAll(PortalClient.setCookieHeaders(login, "JSESSIONID"));
        // At least the new session id issued at login must be set.
        assertFalse(PortalClient.setCookieHeaders(login, "JSESSIONID").isEmpty(),
                "the login response sets no JSESSIONID cookie: " + login.headers().allValues("Set-Cookie"));
        for (String cookie : sessionCookies) {
            String lower = cookie.toLowerCase(Locale.ROOT).replace(" ", "");
            assertTrue(lower.contains(";httponly"), "JSESSIONID is not HttpOnly: " + cookie);
            assertTrue(lower.contains(";samesite=lax"), "JSESSIONID is not SameSite=Lax: " + cookie);
        }
    }
}
