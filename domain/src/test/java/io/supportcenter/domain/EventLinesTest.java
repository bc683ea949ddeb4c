package io.supportcenter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.audit.AuditEvent;
import io.supportcenter.domain.auth.CredentialEvent;
import io.supportcenter.domain.auth.LoginEvent;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.inquiry.BulkChange;
import io.supportcenter.domain.inquiry.Inquiry;
import io.supportcenter.domain.inquiry.InquiryEvent;
import io.supportcenter.domain.inquiry.UsualWait;
import io.supportcenter.domain.kb.Category;
import io.supportcenter.domain.kb.RoutingChanged;
import io.supportcenter.domain.lifecycle.AccountStatusEvent;
import io.supportcenter.domain.lifecycle.DormancySchedule;
import io.supportcenter.domain.policy.Policy;
import io.supportcenter.domain.policy.PolicyChanged;
import io.supportcenter.domain.sales.LeadReceived;
import io.supportcenter.domain.sales.SalesLeadRequest;
import io.supportcenter.domain.shared.DomainEvent;
import io.supportcenter.domain.signup.PublisherSignUp;
import io.supportcenter.domain.signup.SignUpEvent;
import io.supportcenter.domain.staff.StaffEvent;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.support.AuthFixture;
import io.supportcenter.domain.support.TestEntities;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events whose use cases need more than these unit tests build (a database, a queue, a timer):
 * each kind fired as its use case fires it, and what the audit log and the outbox then hold. The
 * use cases' own tests (persistence, Arquillian) check that they fire them.
 */
class EventLinesTest {

    private static final Caller STAFF = new Caller.Staff(new StaffId(7), Set.of(StaffRole.ADMIN), "192.0.2.20");
    private static final Caller SYSTEM = new Caller.System("system:test", "-");

    private final AuthFixture fixture = new AuthFixture();
    private final Account account = TestEntities.withId(fixture.account("pat@test.example"), 40L);
    private final User pat = account.getSuperUser();
    private final Team clientSupport = TestEntities.team(1, Team.CLIENT_SUPPORT, "Client Support");
    private final Team technical = TestEntities.team(2, Team.TECHNICAL_SERVICES, "Technical Services");
    private final Category payments = TestEntities.withId(new Category("payments", "Payments", null, clientSupport, true, 1), 20L);
    private final Instant now = fixture.clock.instant();

    @Test
    void signUpEvents() {
        assertFired(new SignUpEvent.Throttled(STAFF, "pat@test.example", true), "SIGN_UP_THROTTLED pat@test.example client");
        assertFired(new SignUpEvent.PublisherSignedUp(STAFF, account, "t0k3n", PublisherSignUp.CONFIRM_WITHIN),
                "PUBLISHER_SIGNED_UP account:" + account.getNumber() + " ", "signup.confirm pat@test.example");
        assertEquals("t0k3n", fixture.lastMailValue("token"));
        assertFired(new SignUpEvent.ConfirmationSentAgain(STAFF, pat, "t0k3n", PublisherSignUp.CONFIRM_WITHIN),
                "EMAIL_CONFIRMATION_SENT user:" + pat.getId() + " sent again", "signup.confirm pat@test.example");
        assertFired(new CredentialEvent.EmailConfirmed(STAFF, pat, "link"), "EMAIL_CONFIRMED user:" + pat.getId() + " link");
    }

    @Test
    void inquiryEvents() {
        Inquiry inquiry = TestEntities.withId(Inquiry.submit("key-1", pat, payments, "Payment missing", "Where is my May payment?",
                now, now.plusSeconds(72 * 3600)), 5L);
        assertFired(new InquiryEvent.Received(inquiry, pat, new UsualWait(2, 4, UsualWait.Unit.WORKING_DAYS, false)), null, "inquiry.received pat@test.example");
        assertEquals(List.of("2", "4", "Client Support"), List.of(fixture.lastMailValue("usualFrom"), fixture.lastMailValue("usualTo"),
                fixture.lastMailValue("team")));
        assertFired(new InquiryEvent.Reopened(inquiry, pat), null, "inquiry.reopened pat@test.example");
        assertFired(new InquiryEvent.Replied(inquiry, pat, now), null, "inquiry.replied pat@test.example");
        assertEquals(List.of(String.valueOf(inquiry.getNumber()), "Payment missing"), List.of(fixture.lastMailValue("number"),
                fixture.lastMailValue("subject")));
        assertFired(new InquiryEvent.RepliedAndClosed(inquiry, pat), null, "inquiry.replied-closed pat@test.example");
        assertFired(new InquiryEvent.Reminded(inquiry, pat, now), null, "inquiry.reminder pat@test.example");
        assertFired(new InquiryEvent.ClosedAutomatically(inquiry, pat), null, "inquiry.auto-closed pat@test.example");
        BulkChange transfer = new BulkChange(BulkChange.Kind.TRANSFER, null, Team.TECHNICAL_SERVICES);
        assertFired(new InquiryEvent.ChangedInBulk(STAFF, 12, transfer), "INQUIRY_CHANGED_IN_BULK inquiry:12 transferred in bulk to team " + Team.TECHNICAL_SERVICES);
    }

    @Test
    void dormancyEvents() {
        DormancySchedule schedule = new DormancySchedule(Period.ofMonths(12), DormancySchedule.WARNING_DAYS, ZoneId.of("UTC"));
        Instant deadline = Instant.parse("2026-12-20T08:00:00Z");
        assertFired(new AccountStatusEvent.DormancyWarned(SYSTEM, account, deadline, schedule),
                "DORMANCY_WARNED account:" + account.getNumber() + " deadline " + deadline, "dormancy.warning pat@test.example");
        assertEquals(List.of("December 19, 2026", "12"), List.of(fixture.lastMailValue("lastDay"), fixture.lastMailValue("months")));
        assertFired(new AccountStatusEvent.DeactivatedDormant(SYSTEM, account, schedule),
                "ACCOUNT_DEACTIVATED_DORMANT account:" + account.getNumber() + " null", "dormancy.deactivated pat@test.example");
    }

    @Test
    void administrationOfStaffRoutingAndPolicies() {
        StaffUser nia = TestEntities.withId(new StaffUser("nia@fixture.example", "Nia New", "hash", List.of(StaffRole.AGENT),
                List.of(clientSupport), now), 31L);
        assertFired(new StaffEvent.AccessChanged(STAFF, nia, List.of(StaffRole.SUPERVISOR, StaffRole.AGENT), List.of("TS", "CS"), true),
                "STAFF_ACCESS_CHANGED staff:31 roles=[AGENT, SUPERVISOR] teams=[CS, TS] enabled=true");
        assertFired(new StaffEvent.TeamCreated(STAFF, technical), "TEAM_CREATED team:" + Team.TECHNICAL_SERVICES + " Technical Services");
        String before = technical.getName();
        technical.rename("Technical Help");
        assertFired(new StaffEvent.TeamRenamed(STAFF, technical, before),
                "TEAM_RENAMED team:" + Team.TECHNICAL_SERVICES + " Technical Services → Technical Help");
        payments.assignTo(technical);
        assertFired(new RoutingChanged(STAFF, payments, Team.CLIENT_SUPPORT),
                "ROUTING_CHANGED category:payments " + Team.CLIENT_SUPPORT + " → " + Team.TECHNICAL_SERVICES);
        assertFired(new PolicyChanged(STAFF, Policy.DORMANCY_MONTHS, "12", "18"), "POLICY_CHANGED policy:DORMANCY_MONTHS 12 → 18");
    }

    @Test
    void staffSignIn() {
        assertFired(new LoginEvent.Succeeded(STAFF, "staff:31", "staff with second factor"), "LOGIN_SUCCEEDED staff:31 staff with second factor");
        assertFired(new LoginEvent.RefusedInactive(STAFF, "staff:31", null), "LOGIN_REFUSED_INACTIVE staff:31 null");
        assertFired(new LoginEvent.SecondFactorEnrolled(STAFF, "staff:31"), "SECOND_FACTOR_ENROLLED staff:31 null");
    }

    @Test
    void leadReceived() {
        assertFired(new LeadReceived(new SalesLeadRequest("Acme", "Ann Buyer", "ann@acme.example", "+1 555 0100", "Call me"),
                "sales@network.example"), null, "sales.lead sales@network.example");
        assertEquals("Acme", fixture.lastMailValue("company"));
    }

    /** Fires the event as its use case does; {@code line} is "ACTION subject detail", or null where nothing is audited. */
    private void assertFired(DomainEvent event, String line, String... mails) {
        fixture.forget();
        fixture.events.fire(event);
        assertEquals(line == null ? List.of() : List.of(line), fixture.audit.stream().map(EventLinesTest::line).toList());
        fixture.audit.forEach(written -> assertEquals(event instanceof io.supportcenter.domain.audit.Audited audited
                ? audited.auditLine().actor().auditName() : null, written.getActor()));
        assertEquals(List.of(mails), fixture.mailed());
    }

    private static String line(AuditEvent event) {
        return event.getAction() + " " + event.getSubject() + " " + event.getDetail();
    }
}
