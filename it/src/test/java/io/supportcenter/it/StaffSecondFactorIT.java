package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Authenticator;
import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Html;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestStaff;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The staff second factor over HTTP: supervisors and admins set up an authenticator app at their
 * first sign-in (QR code and key, confirmed with a computed code, ten recovery codes shown once),
 * then sign in with a code that works once; a recovery code works once; a wrong code counts toward
 * the login lock; agents may choose to set it up.
 */
@RunsOnPayara
class StaffSecondFactorIT {

    private static final Pattern RECOVERY_CODE = Pattern.compile("<code class=\"recovery-code\">([a-z0-9-]+)</code>");

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> password(PortalClient client, String email) {
        return FacesForm.open(client, "/staff/login", "staffLogin").set("staffLogin:email", email)
                .set("staffLogin:password", Demo.PASSWORD).submit(client, "staffLogin:submit");
    }

    private static HttpResponse<String> code(PortalClient client, HttpResponse<String> page, String code) {
        return FacesForm.of(page, "code").set("code:value", code).submit(client, "code:submit");
    }

    private static List<String> recoveryCodes(HttpResponse<String> page) {
        List<String> codes = new ArrayList<>();
        Matcher code = RECOVERY_CODE.matcher(page.body());
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }

    /** Signs up a new supervisor's authenticator at first sign-in; returns the recovery codes shown. */
    private List<String> enrol(PortalClient client, String email) {
        HttpResponse<String> toEnrol = password(client, email);
        assertRedirectTo(toEnrol, "/staff/login/enrol");
        HttpResponse<String> enrolPage = client.follow(toEnrol);
        String secret = Html.textOfId(enrolPage.body(), "totp-secret").orElseThrow().replace(" ", "");
        assertTrue(Html.attributesOfId(enrolPage.body(), "totp-qr").orElseThrow().get("src").startsWith("data:image/svg+xml;base64,"));
        Authenticator.remember(email, secret);
        HttpResponse<String> enrolled = code(client, enrolPage, Authenticator.freshCode(email));
        assertRedirectTo(enrolled, "/staff/security");
        HttpResponse<String> security = client.follow(enrolled);
        List<String> codes = recoveryCodes(security);
        assertEquals(10, codes.size(), "ten recovery codes are shown");
        return codes;
    }

    @Test
    void aSupervisorSetsUpTheAppAtFirstSignInThenSignsInWithACodeThatWorksOnce() {
        String email = TestStaff.create("supervisor", "SUPERVISOR");
        PortalClient client = new PortalClient(base);
        HttpResponse<String> toEnrol = password(client, email);
        assertRedirectTo(toEnrol, "/staff/login/enrol");
        assertRedirectTo(client.get("/staff/queues"), "/staff/login");  // nothing signed in before the second step

        HttpResponse<String> enrolPage = client.follow(toEnrol);
        String secret = Html.textOfId(enrolPage.body(), "totp-secret").orElseThrow().replace(" ", "");
        String wrong = Authenticator.code(secret, Instant.now().minusSeconds(3600));
        HttpResponse<String> refused = code(client, enrolPage, wrong);
        assertTrue(textOf(refused, "code-error").startsWith("That code is not right"), "a wrong code is refused with the reason");
        assertEquals(1, TestStaff.failuresOf(email), "and counts toward the login lock");

        Authenticator.remember(email, secret);
        String first = Authenticator.freshCode(email);
        HttpResponse<String> enrolled = code(client, refused, first);
        assertRedirectTo(enrolled, "/staff/security");
        HttpResponse<String> security = client.follow(enrolled);
        assertEquals(10, recoveryCodes(security).size());
        assertTrue(recoveryCodes(client.get("/staff/security")).isEmpty(), "recovery codes are shown only once");
        assertTrue(textOf(client.get("/staff/security"), "codes-left").endsWith("10"));
        client.postForm(client.uri("/logout"), java.util.Map.of());

        PortalClient again = new PortalClient(base);
        HttpResponse<String> toCode = password(again, email);
        assertRedirectTo(toCode, "/staff/login/code");
        HttpResponse<String> codePage = again.follow(toCode);
        HttpResponse<String> replayed = code(again, codePage, first);
        assertTrue(textOf(replayed, "code-error").startsWith("That code is not right"), "a code works only once");
        assertRedirectTo(code(again, replayed, Authenticator.freshCode(email)), "/staff/queues");
        assertEquals(200, again.get("/staff/queues").statusCode());
    }

    @Test
    void aRecoveryCodeSignsInOnceWithoutTheApp() {
        String email = TestStaff.create("admin", "ADMIN");
        List<String> codes = enrol(new PortalClient(base), email);

        PortalClient phoneLost = new PortalClient(base);
        HttpResponse<String> codePage = phoneLost.follow(password(phoneLost, email));
        assertRedirectTo(code(phoneLost, codePage, codes.get(3).toUpperCase()), "/staff/queues");
        assertTrue(textOf(phoneLost.get("/staff/security"), "codes-left").endsWith("9"));

        PortalClient again = new PortalClient(base);
        HttpResponse<String> secondTry = code(again, again.follow(password(again, email)), codes.get(3));
        assertTrue(textOf(secondTry, "code-error").startsWith("That code is not right"), "a recovery code works once");
        assertRedirectTo(code(again, secondTry, codes.get(4).replace("-", "")), "/staff/queues");
    }

    @Test
    void theCodePageWithoutThePasswordStepSendsBackToSignIn() {
        PortalClient stranger = new PortalClient(base);
        assertRedirectTo(stranger.get("/staff/login/code"), "/staff/login");
        assertRedirectTo(stranger.get("/staff/login/enrol"), "/staff/login");
    }

    @Test
    void anAgentSignsInWithoutACodeAndMayChooseToSetUpTheApp() {
        String email = TestStaff.create("agent", "AGENT");
        PortalClient agent = Logins.staff(base, email);
        HttpResponse<String> security = agent.get("/staff/security");
        assertTrue(textOf(security, "factor-state").startsWith("You can add a code"));

        HttpResponse<String> started = FacesForm.of(security, "enrol").submit(agent, "enrol:start");
        String secret = Html.textOfId(started.body(), "totp-secret").orElseThrow().replace(" ", "");
        Authenticator.remember(email, secret);
        HttpResponse<String> confirmed = FacesForm.of(started, "enrol").set("enrol:value", Authenticator.freshCode(email))
                .submit(agent, "enrol:confirm");
        assertEquals(10, recoveryCodes(confirmed).size());
        assertTrue(textOf(confirmed, "factor-state").startsWith("Your sign-in asks for a code"));

        PortalClient next = new PortalClient(base);
        assertRedirectTo(password(next, email), "/staff/login/code");
        assertRedirectTo(next.get("/staff/queues"), "/staff/login");  // not signed in without the code
    }
}
