package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.describe;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.Html;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The privacy policy at {@code /privacy}: public, without a session, reachable from every page's footer and from the
 * sign-up form, and saying what is kept and for how long with the periods the portal actually applies.
 */
@RunsOnPayara
class PrivacyIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void thePrivacyPolicyIsPublicSetsNoCookieAndSaysWhatIsKeptForHowLong() {
        HttpResponse<String> privacy = new PortalClient(base).get("/privacy");
        assertStatus(200, privacy);
        assertEquals(List.of(), privacy.headers().allValues("Set-Cookie"), "reading the policy starts no session");
        assertEquals("Privacy policy", textOf(privacy, "page-title"));
        String text = Html.text(privacy.body());
        for (String kept : new String[] {"Inquiries and their attachments are kept indefinitely", "deleted after 24 hours",
                "The session cookie: set only when you log in", "None of these records says who searched or read",
                "removed as soon as it has been sent", "Our emails come only from support@supportcenter.example"}) {
            assertTrue(text.contains(kept), "the policy says: " + kept + "\n" + describe(privacy));
        }
    }

    @Test
    void everyPagesFooterAndTheSignUpFormLinkToIt() {
        for (String page : new String[] {"/", "/help", "/contact", "/login", "/terms"}) {
            HttpResponse<String> shown = new PortalClient(base).get(page);
            assertEquals("/privacy", Html.attributesOfId(shown.body(), "footer-privacy").orElseThrow(() -> new AssertionError(page))
                    .get("href"), page);
        }
        HttpResponse<String> signUp = new PortalClient(base).get("/signup");
        assertEquals("/privacy", Html.attributesOfId(signUp.body(), "privacy-link").orElseThrow().get("href"));
        assertTrue(textOf(signUp, "privacy-note").contains("What we keep about you"), textOf(signUp, "privacy-note"));
    }

    @Test
    void theSignUpsPasswordHintSitsDirectlyUnderThePasswordField() {
        String form = new PortalClient(base).get("/signup").body();
        int field = form.indexOf("id=\"signup:password\"");
        int hint = form.indexOf("id=\"password-rules\"");
        int confirmation = form.indexOf("id=\"signup:confirmation\"");
        assertTrue(field > 0 && hint > field && hint < confirmation, "field " + field + ", hint " + hint + ", confirmation " + confirmation);
        assertEquals("password-rules", Html.attributesOfId(form, "signup:password").orElseThrow().get("aria-describedby"));
    }
}
