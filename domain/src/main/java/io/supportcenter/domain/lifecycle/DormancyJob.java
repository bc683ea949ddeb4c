package io.supportcenter.domain.lifecycle;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountRepository;
import io.supportcenter.domain.account.AccountStatus;
import io.supportcenter.domain.account.AccountStatusChange;
import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.shared.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The dormancy job (SPEC §8): warns publisher accounts that went the dormancy period without a valid
 * commission, and deactivates those whose announced deadline passed without one. A run handles all that
 * is due, in batches, each account in a transaction of its own under its row lock, so a node that was down catches
 * up and, with several nodes (or two runs at once), each account is warned once and deactivated once.
 */
@ApplicationScoped
public class DormancyJob {

    static final String ACTOR_NAME = "Dormancy job";
    private static final Actor SYSTEM = new Actor("system:dormancy", "-");

    private AccountRepository accounts;
    private Event<DomainEvent> events;
    private Supplier<DormancySchedule> schedule;
    private Clock clock;

    protected DormancyJob() {
        // for CDI proxies
    }

    @Inject
    public DormancyJob(AccountRepository accounts, Event<DomainEvent> events, Supplier<DormancySchedule> schedule, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.schedule = schedule;
        this.clock = clock;
    }

    /**
     * The accounts due now, at most {@code limit}: first those whose deadline passed, then those due a warning. The
     * caller handles each with {@link #handle} in a transaction of its own; what a batch leaves, the next run takes.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> due(int limit) {
        Instant now = clock.instant();
        DormancySchedule schedule = this.schedule.get();
        Set<Long> due = new LinkedHashSet<>();
        accounts.findPastDormancyDeadline(now).stream().limit(limit).forEach(account -> due.add(account.getId()));
        LocalDate cutOff = schedule.warnIfLastActiveBefore(now);
        accounts.findDueDormancyWarning(cutOff, cutOff.atStartOfDay(schedule.zone()).toInstant()).stream()
                .limit(Math.max(0, limit - due.size())).forEach(account -> due.add(account.getId()));
        return List.copyOf(due);
    }

    /**
     * Deactivates or warns one account if it is (still) due, under its row lock: two nodes, or a commission that
     * arrived meanwhile, never make it happen twice or wrongly.
     */
    @Transactional
    public Outcome handle(long accountId) {
        Instant now = clock.instant();
        DormancySchedule schedule = this.schedule.get();
        Account account = accounts.lockById(accountId).orElse(null);
        if (account == null) {
            return Outcome.NOTHING;
        }
        if (account.isPastDormancyDeadline(now)) {
            account.deactivateForDormancy(now);
            accounts.addStatusChange(new AccountStatusChange(account.getId(), AccountStatus.ACTIVE, AccountStatus.DEACTIVATED_DORMANT,
                    null, ACTOR_NAME, now));
            events.fire(new AccountStatusEvent.DeactivatedDormant(SYSTEM, account, schedule));
            return Outcome.DEACTIVATED;
        }
        if (account.isDueDormancyWarning(schedule.warnIfLastActiveBefore(now), schedule.zone())) {
            Instant deadline = schedule.deadlineWhenWarned(account.lastActiveOn(schedule.zone()), now);
            account.warnOfDormancy(now, deadline);
            events.fire(new AccountStatusEvent.DormancyWarned(SYSTEM, account, deadline, schedule));
            return Outcome.WARNED;
        }
        return Outcome.NOTHING;
    }

    /** What {@link #handle} did with one account. */
    public enum Outcome {
        WARNED, DEACTIVATED, NOTHING
    }
}
