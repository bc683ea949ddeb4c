package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.describe;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.calendar.UsFederalHolidays;
import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Html;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.Mailbox;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.PortalClock;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Contact sales over HTTP: a visitor's request is checked field by field with everything typed kept,
 * saved as a lead that admins (only) see in the console, and emailed to the sales address. The
 * contact page shows both lines with whether each is open now.
 */
@RunsOnPayara
class ContactSalesIT {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private static final String SALES = "sales@supportcenter.example";
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

    @Test
    void aRequestBecomesALeadAndAnEmailToSales() {
        String company = "Acme Garden " + UUID.randomUUID().toString().substring(0, 8);
        PortalClient visitor = new PortalClient(base);
        assertTrue(textOf(visitor.get("/contact"), "new-advertisers").contains("Ask sales to contact you"));

        HttpResponse<String> refused = FacesForm.open(visitor, "/contact-sales", "sales").set("sales:company", "")
                .set("sales:name", "Robin Buyer").set("sales:email", "robin@acme").set("sales:phone", "call me")
                .set("sales:message", "We sell <b>garden</b> tools.").submit(visitor, "sales:send");
        assertStatus(200, refused);
        assertTrue(refused.body().contains("Type the name of your company."), describe(refused));
        assertTrue(refused.body().contains("Type a phone number with at least 6 digits"));
        assertTrue(refused.body().contains("Enter a valid email address."), describe(refused));
        assertEquals("Robin Buyer", Html.attributesOfId(refused.body(), "sales:name").orElseThrow().get("value"), "typed values stay");
        assertTrue(textOf(refused, "sales:message").contains("We sell <b>garden</b> tools."), "the message stays, as text");
        long before = TestDatabase.current().count("SELECT COUNT(*) FROM sales_lead");

        HttpResponse<String> sent = FacesForm.of(refused, "sales").set("sales:company", company).set("sales:email", "robin@acme.example")
                .set("sales:phone", "+1 (877) 777-3272").submit(visitor, "sales:send");
        assertRedirectTo(sent, "/contact-sales");
        assertTrue(visitor.follow(sent).body().contains("Your request has reached the sales team"));
        assertEquals(before + 1, TestDatabase.current().count("SELECT COUNT(*) FROM sales_lead"));

        MimeMessage mail = mailbox.await(SALES, 1, Duration.ofSeconds(30));
        assertEquals("Contact request from " + company, Mailbox.subject(mail));
        assertTrue(Mailbox.text(mail).contains("We sell <b>garden</b> tools."));
        assertFalse(Mailbox.html(mail).contains("<b>garden</b>"), "the visitor's markup is escaped in the HTML part");

        String leads = textOf(Logins.staff(base, Demo.ADMIN).get("/staff/admin/leads"), "leads");
        assertTrue(leads.contains(company) && leads.contains("robin@acme.example") && leads.contains("+1 (877) 777-3272"), leads);
        assertStatus(403, Logins.staff(base, Demo.LEAD).get("/staff/admin/leads"));
    }

    @Test
    void theContactPageSaysWhetherEachLineIsOpenInItsOwnZone() {
        boolean clientOpenBefore = openInLosAngeles(6);
        boolean salesOpenBefore = openInLosAngeles(8);
        HttpResponse<String> contact = new PortalClient(base).get("/contact");
        boolean clientOpen = openInLosAngeles(6);
        boolean salesOpen = openInLosAngeles(8);

        String client = textOf(contact, "client-support");
        assertTrue(client.contains("1-800-761-1072") && client.contains("Monday to Friday, 6:00 AM to 5:00 PM Pacific Time"), client);
        String sales = textOf(contact, "new-advertisers");
        assertTrue(sales.contains("877-777-3272") && sales.contains("Monday to Friday, 8:00 AM to 5:00 PM Pacific Time"), sales);
        if (clientOpen == clientOpenBefore) {
            assertEquals(clientOpen ? "Open now" : closedNow(), textOf(contact, "client-support-status"));
        }
        if (salesOpen == salesOpenBefore) {
            assertEquals(salesOpen ? "Open now" : closedNow(), textOf(contact, "sales-status"));
        }
        assertTrue(textOf(contact, "offices").contains("London, United Kingdom"));
    }

    /** Whether a Monday-to-Friday line opening at {@code opensAt}:00 and closing at 17:00 Los Angeles time is open now. */
    @Test
    void onAHolidayBothLinesSayTheyAreClosedForItAndOnAnOrdinaryWeekdayMorningOpen() {
        // Thanksgiving (always a Thursday) of the business calendar's year, so that the default holidays in force hold it.
        LocalDate thanksgiving = LocalDate.now(LOS_ANGELES).withMonth(11).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        try {
            PortalClock.pin(base, thanksgiving.atTime(10, 0).atZone(LOS_ANGELES).toInstant());
            HttpResponse<String> holiday = new PortalClient(base).get("/contact");
            assertEquals("Closed today: public holiday", textOf(holiday, "client-support-status"), describe(holiday));
            assertEquals("Closed today: public holiday", textOf(holiday, "sales-status"));

            PortalClock.pin(base, thanksgiving.minusDays(2).atTime(10, 0).atZone(LOS_ANGELES).toInstant());
            HttpResponse<String> tuesday = new PortalClient(base).get("/contact");
            assertEquals("Open now", textOf(tuesday, "client-support-status"));
            assertEquals("Open now", textOf(tuesday, "sales-status"));
        } finally {
            PortalClock.release(base);
        }
    }

    private static boolean openInLosAngeles(int opensAt) {
        ZonedDateTime now = ZonedDateTime.now(LOS_ANGELES);
        return now.getDayOfWeek().getValue() <= 5 && now.getHour() >= opensAt && now.getHour() < 17 && !holidayInLosAngeles();
    }

    private static boolean holidayInLosAngeles() {
        LocalDate today = LocalDate.now(LOS_ANGELES);
        return UsFederalHolidays.thisAndNextYear(today.getYear()).contains(today);
    }

    private static String closedNow() {
        return holidayInLosAngeles() ? "Closed today: public holiday" : "Closed now";
    }
}
