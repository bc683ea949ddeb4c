package io.supportcenter.domain.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.mail.OutgoingMail;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.policy.Policy;
import io.supportcenter.domain.policy.PolicyValues;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.FieldProblems;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import io.supportcenter.domain.support.AuthFixture;
import io.supportcenter.domain.support.Callers;
import io.supportcenter.domain.support.TestEntities;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contact-sales requests: checked field by field, kept, emailed to the sales address, limited per client. */
class SalesLeadsTest {

    private static final Caller VISITOR = new Caller.Anonymous("198.51.100.7");

    private final AuthFixture fixture = new AuthFixture();
    private final List<SalesLead> stored = new ArrayList<>();
    private final SalesLeadRepository repository = new SalesLeadRepository() {
        @Override
        public void add(SalesLead lead) {
            stored.add(lead);
        }

        @Override
        public List<SalesLead> newestFirst(int offset, int limit) {
            return stored.stream().sorted(Comparator.comparing(SalesLead::getReceivedAt).reversed()).skip(offset).limit(limit).toList();
        }

        @Override
        public long count() {
            return stored.size();
        }

        @Override
        public long countFromClientSince(String clientAddress, Instant since) {
            return stored.size() - stored.stream().filter(lead -> lead.getReceivedAt().isBefore(since)).count();
        }
    };
    private final StaffUser admin = TestEntities.withId(new StaffUser("admin@fixture.example", "Ada", "hash", List.of(StaffRole.ADMIN),
            List.of(), Instant.EPOCH), 1);
    private final StaffUser supervisor = TestEntities.withId(new StaffUser("sup@fixture.example", "Sam", "hash",
            List.of(StaffRole.SUPERVISOR), List.of(), Instant.EPOCH), 2);
    private final StaffUserRepository staff = TestEntities.staff(admin, supervisor);
    private final PolicyValues values = PolicyValues.of(Map.of(Policy.SALES_EMAIL, "Deals@Network.example",
            Policy.SALES_PER_CLIENT_PER_HOUR, "2"));
    private final SalesLeads leads = new SalesLeads(repository, staff, fixture.events, new Policies() {
        @Override
        public PolicyValues now() {
            return values;
        }
    }, fixture.clock);

    private static SalesLeadRequest request(String company) {
        return SalesLeadRequest.checked(company, "Robin Buyer", "robin@acme.example", "+1 (877) 777-3272", "We sell garden tools.");
    }

    @Test
    void aLeadIsKeptAndEmailedToTheSalesAddress() {
        leads.submit(request("Acme Garden\r\nBcc: victim@example.com"), VISITOR);

        assertEquals(1, stored.size());
        assertEquals("Acme Garden Bcc: victim@example.com", stored.get(0).getCompany(), "line breaks cannot reach a header");
        OutgoingMail mail = fixture.mails.get(0);
        assertEquals(LeadReceived.MAIL, mail.getTemplate());
        assertEquals("deals@network.example", mail.getRecipient());
        assertEquals("We sell garden tools.", mail.getValues().get("message"));
        assertEquals("robin@acme.example", mail.getValues().get("email"));
    }

    @Test
    void everyFieldIsCheckedAtOnce() {
        FieldProblems problems = assertThrows(FieldProblems.class,
                () -> SalesLeadRequest.checked(" ", null, "not-an-address", "call me", "x".repeat(SalesLead.MAX_MESSAGE + 1)));
        assertEquals(Map.of("company", "sales.company.required", "name", "sales.name.required", "email", "validation.email.invalid",
                "phone", "sales.phone.invalid", "message", "sales.message.too-long"), problems.problems());
        assertEquals("sales.phone.required", assertThrows(FieldProblems.class,
                () -> SalesLeadRequest.checked("Acme", "Robin", "robin@acme.example", "", "Hello")).problems().get("phone"));
        assertEquals("+44 20 7946 0958 ext. 12",
                SalesLeadRequest.checked("Acme", "Robin", "robin@acme.example", "+44 20 7946 0958 ext. 12", "Hello").phone());
    }

    @Test
    void oneClientMaySendOnlyAFewAnHour() {
        leads.submit(request("One"), VISITOR);
        leads.submit(request("Two"), VISITOR);
        assertEquals("sales.throttled", assertThrows(BusinessException.class, () -> leads.submit(request("Three"), VISITOR)).messageKey());
        assertEquals(2, stored.size());

        fixture.clock.advance(Duration.ofMinutes(61));
        leads.submit(request("Four"), VISITOR);
        assertEquals(3, stored.size());
    }

    @Test
    void onlyAdminsListTheLeadsNewestFirst() {
        leads.submit(request("Older"), VISITOR);
        fixture.clock.advance(Duration.ofMinutes(5));
        leads.submit(request("Newer"), VISITOR);

        SalesLeads.Page page = leads.page(Callers.staff(1), 0, 10);
        assertEquals(List.of("Newer", "Older"), page.leads().stream().map(SalesLead::getCompany).toList());
        assertEquals(2, page.total());
        assertEquals("staff.admins-only", assertThrows(BusinessException.class, () -> leads.page(Callers.staff(2), 0, 10)).messageKey());
        assertTrue(fixture.mails.size() == 2);
    }
}
