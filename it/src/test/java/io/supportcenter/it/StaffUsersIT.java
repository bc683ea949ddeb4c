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
import io.supportcenter.it.support.Html;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.Mailbox;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestDatabase;
import io.supportcenter.it.support.TestStaff;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Staff users kept by an admin over HTTP: a change of roles signs the user out at once and the new
 * sign-in carries the new roles; a change of teams alone does not; a disabled user is signed out and
 * cannot sign in; an admin cannot take away their own admin role; an invited user chooses a password
 * through the emailed link, once, and signs in with it.
 */
@RunsOnPayara
class StaffUsersIT {

    private static final Pattern WELCOME_LINK = Pattern.compile("/staff/welcome\\?token=([A-Za-z0-9_-]+)");
    private static Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startMailbox() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.close();
    }

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

    @Test
    void anInvitedUserChoosesAPasswordThroughTheEmailedLinkOnce() {
        String email = "invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@support.example";
        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        HttpResponse<String> sent = FacesForm.open(admin, "/staff/admin/staff", "invite").set("invite:name", "Ivy Invitee")
                .set("invite:email", email).setAll("invite:roles", List.of("AGENT")).setAll("invite:teams", List.of("TECHNICAL_SERVICES"))
                .submit(admin, "invite:send");
        assertRedirectTo(sent, "/staff/admin/staff");
        String list = textOf(admin.follow(sent), "staff");
        assertTrue(list.contains(email) && list.contains("Invited"), list);

        MimeMessage invitation = mailbox.await(email, 1, Duration.ofSeconds(30));
        assertEquals("You are invited to the Support Center console", Mailbox.subject(invitation));
        Matcher link = WELCOME_LINK.matcher(Mailbox.text(invitation));
        assertTrue(link.find(), Mailbox.text(invitation));
        String welcome = "/staff/welcome?token=" + link.group(1);

        PortalClient invitee = new PortalClient(base);
        HttpResponse<String> page = invitee.get(welcome);
        assertTrue(textOf(page, "welcome-lead").contains("Ivy Invitee"), describe(page));
        HttpResponse<String> weak = FacesForm.of(page, "welcome").set("welcome:new", "short").set("welcome:confirmation", "short")
                .submit(invitee, "welcome:submit");
        assertFalse(PortalClient.isRedirect(weak), describe(weak));
        assertTrue(weak.body().contains("at least 12 characters"), describe(weak));

        HttpResponse<String> chosen = FacesForm.of(weak, "welcome").set("welcome:new", Demo.PASSWORD)
                .set("welcome:confirmation", Demo.PASSWORD).submit(invitee, "welcome:submit");
        assertRedirectTo(chosen, "/staff/login");
        assertTrue(invitee.follow(chosen).body().contains("Your password is set."));
        assertStatus(200, Logins.staff(base, email).get("/staff/queues"));
        assertFalse(textOf(admin.get("/staff/admin/staff"), "staff").contains("Invited"), "no longer invited");

        HttpResponse<String> again = new PortalClient(base).get(welcome);
        assertTrue(textOf(again, "welcome-problem").contains("does not work"), describe(again));
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM audit_event WHERE action = 'STAFF_INVITATION_ACCEPTED'"
                + " AND subject = 'staff:" + idOf(email) + "'"));
    }

    @Test
    void anInvitationForAnAddressOnTheStaffIsRefusedNextToTheField() {
        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        HttpResponse<String> refused = FacesForm.open(admin, "/staff/admin/staff", "invite").set("invite:name", "Avery Again")
                .set("invite:email", Demo.AGENT).setAll("invite:roles", List.of("AGENT")).submit(admin, "invite:send");
        assertStatus(200, refused);
        assertTrue(refused.body().contains("This address already belongs to a staff user."), describe(refused));
        assertEquals("Avery Again", Html.attributesOfId(refused.body(), "invite:name").orElseThrow().get("value"), "what was typed stays");

        HttpResponse<String> nameless = FacesForm.open(admin, "/staff/admin/staff", "invite").set("invite:email", "nameless@support.example")
                .setAll("invite:roles", List.of("AGENT")).submit(admin, "invite:send");
        assertTrue(nameless.body().contains("Type the person"), describe(nameless));
        assertEquals(0, TestDatabase.current().count("SELECT COUNT(*) FROM staff_user WHERE email = 'nameless@support.example'"));
    }
}
