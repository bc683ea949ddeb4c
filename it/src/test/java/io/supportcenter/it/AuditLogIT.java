package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.describe;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestMembers;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The audit log over HTTP: an admin finds one failed sign-in by event and email, the filters are
 * the page's address, a wrong filter is explained next to its field, and nobody else reads it.
 */
@RunsOnPayara
class AuditLogIT {

    private static final Pattern ROW_SUBJECT = Pattern.compile("class=\"audit-subject\"");

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private static long rows(HttpResponse<String> page) {
        return ROW_SUBJECT.matcher(page.body()).results().count();
    }

    @Test
    void anAdminFindsOneFailedSignInByEventAndEmail() {
        String email = TestMembers.newSuperUser("audrey");
        PortalClient stranger = new PortalClient(base);
        HttpResponse<String> refused = FacesForm.open(stranger, "/login", "login").set("login:email", email)
                .set("login:password", "not-the-password-1").submit(stranger, "login:submit");
        assertFalse(PortalClient.isRedirect(refused), describe(refused));

        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        String bySubject = "/staff/admin/audit?action=LOGIN_FAILED&subject=" + URLEncoder.encode(email, StandardCharsets.UTF_8);
        HttpResponse<String> found = admin.get(bySubject);
        assertStatus(200, found);
        assertEquals(1, rows(found), textOf(found, "log:events"));
        assertTrue(textOf(found, "log:events").contains("Sign-in failed"));
        assertTrue(textOf(found, "log:events").contains(email));

        HttpResponse<String> otherEvent = admin.get("/staff/admin/audit?action=PASSWORD_CHANGED&subject=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        assertEquals(0, rows(otherEvent));
        assertTrue(otherEvent.body().contains("No events match."));
        String yesterday = LocalDate.now().minusDays(2).toString();
        assertEquals(0, rows(admin.get(bySubject + "&from=2020-01-01&to=" + yesterday)), "a period before the sign-in");
        assertEquals(1, rows(admin.get(bySubject + "&from=" + yesterday)));

        HttpResponse<String> filtered = FacesForm.open(admin, "/staff/admin/audit", "filters").set("filters:action_input", "LOGIN_FAILED")
                .set("filters:subject", email).submit(admin, "filters:filter");
        assertRedirectTo(filtered, "/staff/admin/audit");
        assertEquals("action=LOGIN_FAILED&subject=" + email, PortalClient.redirectTarget(filtered).getQuery(), "the filters are the address");
    }

    @Test
    void aWrongFilterIsExplainedAndOnlyAdminsReadTheLog() {
        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        HttpResponse<String> wrong = admin.get("/staff/admin/audit?action=NOPE&from=last+week");
        assertStatus(200, wrong);
        assertTrue(wrong.body().contains("There is no such event; all events are shown."), describe(wrong));
        assertTrue(wrong.body().contains("Enter a date like 2026-11-22."), describe(wrong));

        assertStatus(403, Logins.staff(base, Demo.LEAD).get("/staff/admin/audit"));
        assertStatus(403, Logins.staff(base, Demo.AGENT).get("/staff/admin/audit"));
        assertStatus(403, Logins.member(base, Demo.PAT).get("/staff/admin/audit"));
        assertRedirectTo(new PortalClient(base).get("/staff/admin/audit"), "/staff/login");
    }
}
