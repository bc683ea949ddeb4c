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
import io.supportcenter.it.support.TestDatabase;
import io.supportcenter.it.support.TestStaff;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Staff users kept by an admin over HTTP: a change of roles signs the user out at once and the new
 * sign-in carries the new roles; a change of teams alone does not; a disabled user is signed out and
 * cannot sign in; an admin cannot take away their own admin role.
 */
@RunsOnPayara
class StaffUsersIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private static long idOf(String email) {
        return TestDatabase.current().count("SELECT id FROM staff_user WHERE email = '" + email + "'");
    }

    private static HttpResponse<String> change(PortalClient admin, String email, List<String> roles, List<String> teams, boolean enabled) {
        FacesForm form = FacesForm.open(admin, "/staff/admin/staff?edit=" + idOf(email), "member")
                .setAll("member:roles", roles).setAll("member:teams", teams);
        if (enabled) {
            form.set("member:enabled_input", "on");
        } else {
            form.clear("member:enabled_input");
        }
        return form.submit(admin, "member:save");
    }

    @Test
    void aChangeOfRolesSignsTheUserOutAndTheNextSignInHasTheNewRoles() {
        String email = TestStaff.create("rolechange", "AGENT");
        PortalClient agent = Logins.staff(base, email);
        assertStatus(403, agent.get("/staff/kb"));
        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        assertTrue(textOf(admin.get("/staff/admin/staff"), "staff").contains(email));

        assertRedirectTo(change(admin, email, List.of("AGENT"), List.of("CLIENT_SUPPORT", "TECHNICAL_SERVICES"), true), "/staff/admin/staff");
        assertStatus(200, agent.get("/staff/queues"));

        HttpResponse<String> saved = change(admin, email, List.of("AGENT", "EDITOR"), List.of("CLIENT_SUPPORT"), true);
        assertRedirectTo(saved, "/staff/admin/staff");
        assertTrue(admin.follow(saved).body().contains("Saved."), "the admin is told");
        HttpResponse<String> ended = agent.get("/staff/queues");
        assertRedirectTo(ended, "/staff/login");
        assertEquals("ended=true", PortalClient.redirectTarget(ended).getQuery());
        assertTrue(agent.follow(ended).body().contains("You were signed out because your access changed."));
        assertStatus(200, Logins.staff(base, email).get("/staff/kb"));
    }

    @Test
    void aDisabledUserIsSignedOutAndCannotSignIn() {
        String email = TestStaff.create("leaver", "AGENT");
        PortalClient agent = Logins.staff(base, email);
        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        assertRedirectTo(change(admin, email, List.of("AGENT"), List.of("CLIENT_SUPPORT"), false), "/staff/admin/staff");
        assertRedirectTo(agent.get("/staff/queues"), "/staff/login");
        PortalClient again = new PortalClient(base);
        HttpResponse<String> refused = FacesForm.open(again, "/staff/login", "staffLogin").set("staffLogin:email", email)
                .set("staffLogin:password", Demo.PASSWORD).submit(again, "staffLogin:submit");
        assertFalse(PortalClient.isRedirect(refused), describe(refused));
        assertTrue(textOf(admin.get("/staff/admin/staff"), "staff").contains("Disabled"));
    }

    @Test
    void anAdminKeepsTheirOwnAdminRole() {
        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        HttpResponse<String> refused = change(admin, Demo.ADMIN, List.of("SUPERVISOR"), List.of(), true);
        assertStatus(200, refused);
        assertTrue(refused.body().contains("You cannot take away your own admin role or disable yourself"), describe(refused));
        assertTrue(refused.body().contains("value=\"SUPERVISOR\" checked") || refused.body().contains("checked=\"checked\""),
                "the choices stay");
        assertStatus(200, admin.get("/staff/admin/staff"));
        assertStatus(403, Logins.staff(base, Demo.LEAD).get("/staff/admin/staff"));
    }
}
