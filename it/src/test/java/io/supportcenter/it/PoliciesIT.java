package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.describe;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.calendar.UsFederalHolidays;
import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Html;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestDatabase;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Policies set by an admin over HTTP apply without a restart (the usual response range members read,
 * Login Help's answer to an unknown address, the contact lines and offices), values that cannot be used are explained next to their
 * fields with nothing saved, and only admins reach the page. Every test leaves the defaults in force,
 * since the later test classes share the database and the portal.
 */
@RunsOnPayara
class PoliciesIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /**
     * Puts every policy a test changed back on its default the way an admin would, on the page: the
     * portal then applies the defaults at once, where a row deleted behind its back would stay in force
     * for up to 20 seconds on the shared portal the next classes use.
     */
    @AfterEach
    void backToTheDefaults() throws SQLException {
        Map<String, String> defaults = new HashMap<>();
        for (String policy : changedPolicies()) {
            switch (policy) {
                case "LOGIN_HELP_REVEAL_UNKNOWN" -> defaults.put(policy + "_input", "true");
                case "LOGIN_HELP_MODE" -> defaults.put(policy + "_input", "password");
                default -> defaults.put(policy, "");
            }
        }
        if (!defaults.isEmpty()) {
            assertRedirectTo(save(Logins.staff(base, Demo.ADMIN), defaults), "/staff/admin/policies");
            assertEquals(List.of(), changedPolicies(), "every policy back on its default");
        }
    }

    private static List<String> changedPolicies() throws SQLException {
        List<String> policies = new ArrayList<>();
        try (Connection c = TestDatabase.current().connect(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT policy FROM policy_setting ORDER BY policy")) {
            while (rows.next()) {
                policies.add(rows.getString(1));
            }
        }
        return policies;
    }

    private HttpResponse<String> save(PortalClient admin, Map<String, String> values) {
        FacesForm form = FacesForm.open(admin, "/staff/admin/policies", "policies");
        values.forEach((policy, value) -> form.set("policies:" + policy, value));
        return form.submit(admin, "policies:save");
    }

    @Test
    void aChangedPolicyAppliesAtOnceAndEmptyingItReturnsToTheDefault() {
        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        PortalClient member = Logins.member(base, Demo.PAT);
        assertTrue(textOf(member.get("/support/ask"), "main").contains("We usually answer within 2–4 working days"));

        HttpResponse<String> saved = save(admin, Map.of("USUAL_FROM_HOURS", "12", "USUAL_TO_HOURS", "36", "LOGIN_HELP_REVEAL_UNKNOWN_input", "false"));
        assertRedirectTo(saved, "/staff/admin/policies");
        HttpResponse<String> page = admin.follow(saved);
        assertTrue(page.body().contains("Policies saved."), describe(page));
        assertEquals("12", Html.attributesOfId(page.body(), "policies:USUAL_FROM_HOURS").orElseThrow().get("value"));
        assertTrue(textOf(page, "policies").contains("Default: 24"), "the default stays in sight");

        assertTrue(textOf(member.get("/support/ask"), "main").contains("We usually answer within 1–3 working days"),
                "members read the new range without a restart");
        PortalClient visitor = new PortalClient(base);
        HttpResponse<String> unknown = FacesForm.open(visitor, "/login-help", "loginHelp")
                .set("loginHelp:email", "nobody-policies@unknown.example").submit(visitor, "loginHelp:submit");
        assertTrue(textOf(unknown, "login-help-result").startsWith("If this address belongs to a user of an active account"),
                textOf(unknown, "login-help-result"));
        assertEquals(3, TestDatabase.current().count("SELECT COUNT(*) FROM policy_setting"));
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM audit_event WHERE action = 'POLICY_CHANGED'"
                + " AND subject = 'policy:USUAL_TO_HOURS' AND detail = '48 → 36'"));
        assertTrue(textOf(admin.get("/staff/admin/audit?action=POLICY_CHANGED"), "main").contains("48 → 36"));

        assertRedirectTo(save(admin, Map.of("USUAL_FROM_HOURS", "", "USUAL_TO_HOURS", "48")), "/staff/admin/policies");
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM policy_setting"), "only the Login Help answer stays set");
        assertTrue(textOf(member.get("/support/ask"), "main").contains("We usually answer within 2–4 working days"));
    }

    @Test
    void valuesThatCannotBeUsedAreExplainedNextToTheirFieldsAndKept() {
        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        HttpResponse<String> refused = save(admin, Map.of("RESPONSE_HOURS", "lots", "CALENDAR_OPENS", "25:00",
                "CALENDAR_HOLIDAYS", "2026-12-24\nChristmas", "ATTACHMENT_MAX_FILES", "8"));

        assertStatus(200, refused);
        assertTrue(textOf(refused, "policies:RESPONSE_HOURS_message").contains("Type a whole number from 1 to 720."), describe(refused));
        assertTrue(textOf(refused, "policies:CALENDAR_OPENS_message").contains("Type a time of day as HH:mm"));
        assertTrue(textOf(refused, "policies:CALENDAR_HOLIDAYS_message").contains("\"Christmas\" is not a date"));
        assertTrue(refused.body().contains("nothing was saved"));
        assertEquals("lots", Html.attributesOfId(refused.body(), "policies:RESPONSE_HOURS").orElseThrow().get("value"), "typed values stay");
        assertEquals("8", Html.attributesOfId(refused.body(), "policies:ATTACHMENT_MAX_FILES").orElseThrow().get("value"));
        assertEquals(0, TestDatabase.current().count("SELECT COUNT(*) FROM policy_setting"), "the valid value was not saved either");

        HttpResponse<String> disagreeing = save(admin, Map.of("REMINDER_HOURS_BEFORE", "72"));
        assertTrue(textOf(disagreeing, "policies:REMINDER_HOURS_BEFORE_message").contains("The reminder must come before the closing"),
                describe(disagreeing));
        assertTrue(textOf(disagreeing, "policies:REMINDER_HOURS_BEFORE_message").contains("\"Close after no reply from the member for\" (72)"),
                "the message names the other setting and its value: " + textOf(disagreeing, "policies:REMINDER_HOURS_BEFORE_message"));
        assertEquals(0, TestDatabase.current().count("SELECT COUNT(*) FROM policy_setting"));
    }

    @Test
    void onlyAdminsReachThePolicies() {
        assertStatus(403, Logins.staff(base, Demo.LEAD).get("/staff/admin/policies"));
        assertStatus(403, Logins.staff(base, Demo.AGENT).get("/staff/admin/policies"));
        assertStatus(403, Logins.member(base, Demo.PAT).get("/staff/admin/policies"));
        assertStatus(200, Logins.staff(base, Demo.ADMIN).get("/staff/admin/policies"));
    }

    @Test
    void theContactLinesAndOfficesFollowThePolicies() {
        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        HttpResponse<String> saved = save(admin, Map.of("CLIENT_SUPPORT_HOURS", "mon-sun 00:00-23:59 Etc/UTC",
                "CLIENT_SUPPORT_PHONE", "1-800-555-0100", "OFFICES", "Lisbon, Portugal\nTokyo, Japan"));
        assertRedirectTo(saved, "/staff/admin/policies");
        assertEquals(1, TestDatabase.current().count("SELECT COUNT(*) FROM policy_setting WHERE policy = 'CLIENT_SUPPORT_HOURS'"
                + " AND setting_value = 'Mon-Sun 00:00-23:59 Etc/UTC'"), "kept in its canonical form");

        HttpResponse<String> contact = new PortalClient(base).get("/contact");
        String client = textOf(contact, "client-support");
        assertTrue(client.contains("1-800-555-0100") && client.contains("Monday to Sunday, 12:00 AM to 11:59 PM"), client);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (LocalTime.now(ZoneOffset.UTC).isBefore(LocalTime.of(23, 58)) && !UsFederalHolidays.thisAndNextYear(today.getYear()).contains(today)) {
            assertEquals("Open now", textOf(contact, "client-support-status"));
        }
        assertEquals("Lisbon, Portugal Tokyo, Japan", textOf(contact, "office-list").replaceAll("\\s+", " ").strip());
        assertTrue(contact.body().contains("1-800-555-0100"), "the footer of every page follows too");

        HttpResponse<String> refused = save(admin, Map.of("SALES_LINE_HOURS", "weekdays 8-5"));
        assertTrue(textOf(refused, "policies:SALES_LINE_HOURS_message").contains("Mon-Fri 06:00-17:00 America/Los_Angeles"), describe(refused));
    }
}
