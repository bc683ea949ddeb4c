package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.account.User;
import io.supportcenter.domain.mail.MailRequest;
import io.supportcenter.domain.mail.Outbox;
import io.supportcenter.domain.ops.TaskLockRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The reminder and the auto-close of inquiries awaiting the member (SPEC §6). One run handles every
 * inquiry that is due, so a node that was down catches up on its next run; the run holds a task lock,
 * so with several nodes (or two runs at once) each inquiry is reminded and closed exactly once.
 */
@ApplicationScoped
public class InquiryJobs {

    public static final String MAIL_REMINDER = "inquiry.reminder";
    public static final String MAIL_AUTO_CLOSED = "inquiry.auto-closed";
    static final String TASK = "inquiry-jobs";

    private InquiryRepository inquiries;
    private TaskLockRepository locks;
    private Outbox outbox;
    private Supplier<ServiceLevels> levels;
    private Clock clock;

    protected InquiryJobs() {
        // for CDI proxies
    }

    @Inject
    public InquiryJobs(InquiryRepository inquiries, TaskLockRepository locks, Outbox outbox, Supplier<ServiceLevels> levels, Clock clock) {
        this.inquiries = inquiries;
        this.locks = locks;
        this.outbox = outbox;
        this.levels = levels;
        this.clock = clock;
    }

    /** Returns how many inquiries were reminded and closed. */
    @Transactional
    public Result run() {
        locks.lock(TASK);
        Instant now = clock.instant();
        ServiceLevels levels = this.levels.get();
        int reminded = 0;
        int closed = 0;
        for (long number : inquiries.findAwaitingSince(now.minus(levels.autoClose()).plus(levels.reminderBefore()))) {
            Inquiry inquiry = inquiries.findByNumber(number).orElseThrow();
            User recipient = inquiry.getAskedBy().filter(User::isEnabled).orElse(inquiry.getAccount().getSuperUser());
            if (inquiry.isDueForAutoClose(levels.autoClose(), now)) {
                inquiry.closeAutomatically(levels.autoClose(), now);
                outbox.enqueue(MailRequest.of(MAIL_AUTO_CLOSED, recipient.getEmail(), recipient.getLanguage(),
                        InquiryService.values(inquiry, recipient)));
                closed++;
            } else if (inquiry.isDueForReminder(levels.autoClose(), levels.reminderBefore(), now)) {
                inquiry.remindedAt(now);
                outbox.enqueue(MailRequest.of(MAIL_REMINDER, recipient.getEmail(), recipient.getLanguage(),
                        InquiryService.values(inquiry, recipient, "closes", MemberTimes.format(
                                inquiry.autoClosesAt(levels.autoClose()).orElseThrow(), recipient.getLanguage(),
                                recipient.getTimeZone()))));
                reminded++;
            }
        }
        return new Result(reminded, closed);
    }

    public record Result(int reminded, int closed) {
    }
}
