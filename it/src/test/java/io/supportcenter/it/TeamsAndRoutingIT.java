package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.describe;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Html;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.Questions;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestDatabase;
import io.supportcenter.it.support.TestMembers;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Teams and routing kept by an admin over HTTP: a new team, renamed, gets a category; the next question
 * in that category lands in its queue. Only admins reach either page. The category goes back to its
 * team afterwards, since the later test classes share the database.
 */
@RunsOnPayara
class TeamsAndRoutingIT {

    private static final String CATEGORY = "Payment Methods";

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private long originalTeam = -1;

    @AfterEach
    void routeBack() {
        if (originalTeam > 0) {
            TestDatabase.current().execute("UPDATE kb_category SET team_id = " + originalTeam + " WHERE name = '" + CATEGORY + "'");
        }
    }

    @Test
    void aNewTeamGetsACategoryAndTheNextQuestionInItLandsInItsQueue() {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        assertRedirectTo(FacesForm.open(admin, "/staff/admin/teams", "team").set("team:name", "Billing")
                .set("team:code", code).submit(admin, "team:create"), "/staff/admin/teams");
        HttpResponse<String> renamed = FacesForm.open(admin, "/staff/admin/teams?edit=" + code, "rename")
                .set("rename:name", "Billing " + code).submit(admin, "rename:save");
        assertRedirectTo(renamed, "/staff/admin/teams");
        assertTrue(textOf(admin.follow(renamed), "teams").contains("Billing " + code));

        originalTeam = TestDatabase.current().count("SELECT team_id FROM kb_category WHERE name = '" + CATEGORY + "'");
        HttpResponse<String> routing = admin.get("/staff/admin/routing");
        Matcher select = Pattern.compile("<select id=\"(routing:rows:\\d+:team)\"[^>]*aria-label=\"" + CATEGORY + "\"").matcher(routing.body());
        assertTrue(select.find(), describe(routing));
        HttpResponse<String> saved = FacesForm.of(routing, "routing").set(select.group(1), code).submit(admin, "routing:save");
        assertRedirectTo(saved, "/staff/admin/routing");
        assertTrue(admin.follow(saved).body().contains("Routing saved."));

        String member = TestMembers.newSuperUser("routedmember");
        long number = Questions.askAboutPayments(Logins.member(base, member), "Paid by transfer?");
        assertEquals(code, teamCodeOf(number), "the question went to the new team");
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM audit_event WHERE action = 'ROUTING_CHANGED'"
                + " AND detail LIKE '% → " + code + "'"));
    }

    @Test
    void badInputIsRefusedNextToTheFieldAndOnlyAdminsGetIn() {
        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        HttpResponse<String> refused = FacesForm.open(admin, "/staff/admin/teams", "team").set("team:name", "Client Support again")
                .set("team:code", "CLIENT_SUPPORT").submit(admin, "team:create");
        assertStatus(200, refused);
        assertTrue(refused.body().contains("A team with this code exists already."), describe(refused));
        assertEquals("Client Support again", Html.attributesOfId(refused.body(), "team:name").orElseThrow().get("value"));
        HttpResponse<String> badCode = FacesForm.of(refused, "team").set("team:code", "billing team").submit(admin, "team:create");
        assertTrue(badCode.body().contains("Use upper-case letters, digits and underscores"), describe(badCode));

        for (String page : new String[] {"/staff/admin/teams", "/staff/admin/routing"}) {
            assertStatus(403, Logins.staff(base, Demo.LEAD).get(page));
            assertStatus(403, Logins.staff(base, Demo.AGENT).get(page));
            assertStatus(200, admin.get(page));
        }
    }

    private static String teamCodeOf(long inquiryNumber) {
        try (Connection connection = TestDatabase.current().connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT t.code FROM inquiry i JOIN team t ON t.id = i.team_id WHERE i.id = "
                     + inquiryNumber)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
