package io.supportcenter.domain.console;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountRepository;
import io.supportcenter.domain.account.AccountStatus;
import io.supportcenter.domain.account.AccountStatusChange;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.account.UserRepository;
import io.supportcenter.domain.auth.LoginGuard;
import io.supportcenter.domain.auth.LoginHelpOutcome;
import io.supportcenter.domain.auth.LoginHelpService;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.identity.UserId;
import io.supportcenter.domain.lifecycle.AccountStatusEvent;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.DomainEvent;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The account tools of the staff console (SPEC §7, §8). Every staff user may find accounts, send a
 * user the Login Help email, clear a login lock and end a user's sessions; supervisors (and admins)
 * reactivate an account deactivated for dormancy; only admins close one for compliance, with a
 * reason, which nobody can undo.
 */
@ApplicationScoped
public class AccountTools {

    static final int MAX_FOUND = 50;

    private AccountRepository accounts;
    private UserRepository users;
    private StaffUserRepository staff;
    private LoginHelpService loginHelp;
    private LoginGuard guard;
    private Event<DomainEvent> events;
    private Clock clock;

    protected AccountTools() {
        // for CDI proxies
    }

    @Inject
    public AccountTools(AccountRepository accounts, UserRepository users, StaffUserRepository staff, LoginHelpService loginHelp,
                        LoginGuard guard, Event<DomainEvent> events, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.staff = staff;
        this.loginHelp = loginHelp;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountFile.Found> search(Caller.Staff caller, String text) {
        requireStaff(caller);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return accounts.search(text, MAX_FOUND).stream().map(a -> new AccountFile.Found(a.getNumber(), a.getCompanyName(),
                a.getType(), a.getStatus(), a.getSuperUser().getEmail())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AccountFile> account(Caller.Staff caller, String number) {
        requireStaff(caller);
        return accounts.findByNumber(number).map(this::file);
    }

    @Transactional
    public void reactivate(Caller.Staff caller, String number) {
        StaffUser by = requireStaff(caller);
        if (!StaffRole.overseesAllTeams(by.getRoles())) {
            throw new BusinessException("console.account.reactivate.supervisors-only");
        }
        Account account = account(number);
        AccountStatus before = account.getStatus();
        Instant now = clock.instant();
        account.reactivate(now);
        accounts.addStatusChange(new AccountStatusChange(account.getId(), before, AccountStatus.ACTIVE, null, by.getName(), now));
        events.fire(new AccountStatusEvent.ReactivatedBySupport(caller, account));
    }

    @Transactional
    public void closeForCompliance(Caller.Staff caller, String number, String reason) {
        StaffUser by = requireStaff(caller);
        if (!by.hasRole(StaffRole.ADMIN)) {
            throw new BusinessException("console.account.close.admins-only");
        }
        Account account = account(number);
        AccountStatus before = account.getStatus();
        account.deactivateForCompliance(clock.instant(), reason == null ? null : reason.strip());
        accounts.addStatusChange(new AccountStatusChange(account.getId(), before, AccountStatus.DEACTIVATED_COMPLIANCE,
                account.getDeactivationReason().orElse(null), by.getName(), clock.instant()));
        events.fire(new AccountStatusEvent.ClosedForCompliance(caller, account, reason));
    }

    /** Sends the user the Login Help email, as if they had asked for it (the same limits apply). */
    @Transactional
    public LoginHelpOutcome sendLoginHelp(Caller.Staff caller, String number, UserId userId) {
        requireStaff(caller);
        return loginHelp.request(userOf(number, userId).getEmail(), caller);
    }

    @Transactional
    public void clearLock(Caller.Staff caller, String number, UserId userId) {
        requireStaff(caller);
        guard.clear(LoginGuard.memberKey(userOf(number, userId).getEmail()), caller);
    }

    @Transactional
    public void endSessions(Caller.Staff caller, String number, UserId userId) {
        requireStaff(caller);
        User user = userOf(number, userId);
        user.endSessions();
        events.fire(new SessionsEnded(caller, user));
    }

    private AccountFile file(Account account) {
        List<AccountFile.UserLine> lines = account.getUsers().stream().map(user -> new AccountFile.UserLine(user.getId(),
                user.getName(), user.getEmail(), account.isSuperUser(user), user.isEnabled(),
                guard.isLockedNow(LoginGuard.memberKey(user.getEmail())))).toList();
        List<AccountFile.StatusLine> history = accounts.statusChanges(account.getId()).stream().map(change ->
                new AccountFile.StatusLine(change.getFrom(), change.getTo(), change.getReason(), change.getActorName(), change.getAt()))
                .toList();
        return new AccountFile(account.getId(), account.getNumber(), account.getCompanyName(), account.getType(), account.getStatus(),
                account.getDeactivatedAt().orElse(null), account.getDeactivationReason().orElse(null), lines, history);
    }

    private Account account(String number) {
        return accounts.findByNumber(number).orElseThrow(() -> new BusinessException("console.account.not-found"));
    }

    /** The user, if it belongs to this account: a user id from another account is refused like an unknown one. */
    private User userOf(String number, UserId userId) {
        Account account = account(number);
        return users.findById(userId.value()).filter(account::hasUser).orElseThrow(() -> new BusinessException("account.user.not-member"));
    }

    private StaffUser requireStaff(Caller.Staff caller) {
        return staff.requireEnabled(caller);
    }
}
