package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.account.User;
import io.supportcenter.domain.shared.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The reminder and the auto-close of inquiries awaiting the member (SPEC §6). A run handles what is due, in
 * batches, each inquiry in a transaction of its own under its row lock, so a node that was down catches up on its
 * next runs and, with several nodes (or two runs at once), each inquiry is reminded and closed exactly once.
 */
@ApplicationScoped
public class InquiryJobs {


    private InquiryRepository inquiries;
    private Event<DomainEvent> events;
    private Supplier<ServiceLevels> levels;
    private Clock clock;

    protected InquiryJobs() {
        // for CDI proxies
    }

    @Inject
    public InquiryJobs(InquiryRepository inquiries, Event<DomainEvent> events, Supplier<ServiceLevels> levels, Clock clock) {
        this.inquiries = inquiries;
        this.events = events;
        this.levels = levels;
        this.clock = clock;
    }

    /**
     * The inquiries due for the automatic close or a reminder now, longest waiting first, at most {@code limit}. The
     * caller handles each with {@link #handle} in a transaction of its own; what a batch leaves, the next run takes.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> due(int limit) {
        Instant now = clock.instant();
        ServiceLevels levels = this.levels.get();
        Instant closeBefore = now.minus(levels.autoClose());
        return inquiries.findDueForJobs(closeBefore, closeBefore.plus(levels.reminderBefore()), limit);
    }

    /**
     * Closes or reminds one inquiry if it is (still) due, under its row lock: two nodes, or a member's reply that
     * arrived meanwhile, never make it happen twice or wrongly.
     */
    @Transactional
    public Outcome handle(long number) {
        Instant now = clock.instant();
        ServiceLevels levels = this.levels.get();
        Inquiry inquiry = inquiries.lockByNumber(number).orElse(null);
        if (inquiry == null) {
            return Outcome.NOTHING;
        }
        User recipient = inquiry.getAskedBy().filter(User::isEnabled).orElse(inquiry.getAccount().getSuperUser());
        if (inquiry.isDueForAutoClose(levels.autoClose(), now)) {
            inquiry.closeAutomatically(levels.autoClose(), now);
            events.fire(new InquiryEvent.ClosedOrReopened(inquiry));
            events.fire(new InquiryEvent.ClosedAutomatically(inquiry, recipient));
            return Outcome.CLOSED;
        }
        if (inquiry.isDueForReminder(levels.autoClose(), levels.reminderBefore(), now)) {
            inquiry.remindedAt(now);
            events.fire(new InquiryEvent.Reminded(inquiry, recipient, inquiry.autoClosesAt(levels.autoClose()).orElseThrow()));
            return Outcome.REMINDED;
        }
        return Outcome.NOTHING;
    }

    /** What {@link #handle} did with one inquiry. */
    public enum Outcome {
        REMINDED, CLOSED, NOTHING
    }

}
