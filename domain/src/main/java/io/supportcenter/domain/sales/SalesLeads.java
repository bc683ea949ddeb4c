package io.supportcenter.domain.sales;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.policy.Policy;
import io.supportcenter.domain.policy.PolicyValues;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.DomainEvent;
import io.supportcenter.domain.staff.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Contact sales (SPEC §2): a prospective advertiser's request is kept as a lead, listed for admins in
 * the console, and emailed to the sales address (policy {@code support.sales.email}). The form is public,
 * so one client address may send only a few an hour (policy {@code support.sales.per-client-per-hour}).
 */
@ApplicationScoped
public class SalesLeads {


    private SalesLeadRepository leads;
    private StaffUserRepository staff;
    private Event<DomainEvent> events;
    private Policies policies;
    private Clock clock;

    protected SalesLeads() {
        // for CDI proxies
    }

    @Inject
    public SalesLeads(SalesLeadRepository leads, StaffUserRepository staff, Event<DomainEvent> events, Policies policies, Clock clock) {
        this.leads = leads;
        this.staff = staff;
        this.events = events;
        this.policies = policies;
        this.clock = clock;
    }

    /** Keeps the lead and emails it to sales. */
    @Transactional
    public void submit(SalesLeadRequest request, Caller caller) {
        Instant now = clock.instant();
        PolicyValues values = policies.now();
        if (leads.countFromClientSince(caller.clientAddress(), now.minus(Duration.ofHours(1))) >= values.number(Policy.SALES_PER_CLIENT_PER_HOUR)) {
            throw new BusinessException("sales.throttled");
        }
        leads.add(new SalesLead(request, now, caller.clientAddress()));
        events.fire(new LeadReceived(request, values.value(Policy.SALES_EMAIL)));
    }

    /** One page of the leads, newest first (admins). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page page(Caller.Staff caller, int offset, int limit) {
        staff.requireAdmin(caller);
        return new Page(leads.newestFirst(offset, limit), leads.count());
    }

    /** Leads of one page, and how many there are in all. */
    public record Page(List<SalesLead> leads, long total) {
    }
}
