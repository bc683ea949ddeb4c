package io.supportcenter.domain.lifecycle;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountRepository;
import io.supportcenter.domain.account.AccountStatus;
import io.supportcenter.domain.account.AccountStatusChange;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.audit.AuditLog;
import io.supportcenter.domain.mail.MailRequest;
import io.supportcenter.domain.mail.Outbox;
import io.supportcenter.domain.ops.TaskLockRepository;
import io.supportcenter.domain.policy.Policies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/**
 * The dormancy job (SPEC §8): warns publisher accounts that went the dormancy period without a valid
 * commission, and deactivates those whose announced deadline passed without one. A run handles all that
 * is due, so a node that was down catches up; it holds a task lock, so with several nodes (or two runs at
 * once) each account is warned once and deactivated once.
 */
@ApplicationScoped
public class DormancyJob {

    public static final String MAIL_WARNING = "dormancy.warning";
    public static final String MAIL_DEACTIVATED = "dormancy.deactivated";
    static final String TASK = "dormancy-job";
    static final String ACTOR_NAME = "Dormancy job";
    private static final Actor SYSTEM = new Actor("system:dormancy", "-");

    private AccountRepository accounts;
    private TaskLockRepository locks;
    private Outbox outbox;
    private AuditLog audit;
    private Policies policies;
    private Clock clock;

    protected DormancyJob() {
        // for CDI proxies
    }

    @Inject
    public DormancyJob(AccountRepository accounts, TaskLockRepository locks, Outbox outbox, AuditLog audit, Policies policies, Clock clock) {
        this.accounts = accounts;
        this.locks = locks;
        this.outbox = outbox;
        this.audit = audit;
        this.policies = policies;
        this.clock = clock;
    }

    /** Returns how many accounts were warned and deactivated. */
    @Transactional
    public Result run() {
        locks.lock(TASK);
        Instant now = clock.instant();
        DormancySchedule schedule = policies.now().dormancy();
        int deactivated = 0;
        for (Account account : accounts.findPastDormancyDeadline(now)) {
            account.deactivateForDormancy(now);
            accounts.addStatusChange(new AccountStatusChange(account.getId(), AccountStatus.ACTIVE, AccountStatus.DEACTIVATED_DORMANT,
                    null, ACTOR_NAME, now));
            audit.record(AuditAction.ACCOUNT_DEACTIVATED_DORMANT, SYSTEM, "account:" + account.getNumber(), null);
            mail(MAIL_DEACTIVATED, account, null, schedule);
            deactivated++;
        }
        LocalDate cutOff = schedule.warnIfLastActiveBefore(now);
        int warned = 0;
        for (Account account : accounts.findDueDormancyWarning(cutOff, cutOff.atStartOfDay(schedule.zone()).toInstant())) {
            Instant deadline = schedule.deadlineWhenWarned(account.lastActiveOn(schedule.zone()), now);
            account.warnOfDormancy(now, deadline);
            audit.record(AuditAction.DORMANCY_WARNED, SYSTEM, "account:" + account.getNumber(), "deadline " + deadline);
            mail(MAIL_WARNING, account, deadline, schedule);
            warned++;
        }
        return new Result(warned, deactivated);
    }

    private void mail(String template, Account account, Instant deadline, DormancySchedule schedule) {
        User superUser = account.getSuperUser();
        String lastDay = deadline == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(superUser.getLanguage())
                .format(deadline.atZone(schedule.zone()).toLocalDate().minusDays(1));
        outbox.enqueue(MailRequest.of(template, superUser.getEmail(), superUser.getLanguage(), Map.of("name", superUser.getName(),
                "company", account.getCompanyName(), "number", account.getNumber(), "lastDay", lastDay,
                "months", Integer.toString(schedule.dormancy().getMonths()))));
    }

    /** What one run did. */
    public record Result(int warned, int deactivated) {
    }
}
