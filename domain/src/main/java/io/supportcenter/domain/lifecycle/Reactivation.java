package io.supportcenter.domain.lifecycle;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountRepository;
import io.supportcenter.domain.account.AccountStatus;
import io.supportcenter.domain.account.AccountStatusChange;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.account.UserRepository;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.UserId;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What a user of a deactivated account may do once their password was right (SPEC §8): within 180 days
 * of a dormancy deactivation, reactivate it themselves in one step; later, only Client Support can; an
 * account closed for compliance has no way back.
 */
@ApplicationScoped
public class Reactivation {

    public static final Duration SELF_SERVICE = Duration.ofDays(180);

    private UserRepository users;
    private AccountRepository accounts;
    private Event<DomainEvent> events;
    private Clock clock;

    protected Reactivation() {
        // for CDI proxies
    }

    @Inject
    public Reactivation(UserRepository users, AccountRepository accounts, Event<DomainEvent> events, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Where the account of this user stands, for the page that explains it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Situation situation(UserId userId) {
        Account account = user(userId).getAccount();
        return Situation.of(account, clock.instant());
    }

    /** Reactivates the user's account, if it was deactivated for dormancy within the last 180 days. */
    @Transactional
    public void reactivateSelf(UserId userId, Caller actor) {
        User user = user(userId);
        Account account = user.getAccount();
        Instant now = clock.instant();
        if (Situation.of(account, now).kind() != Kind.SELF_SERVICE) {
            throw new BusinessException("reactivation.not-allowed");
        }
        account.reactivate(now);
        accounts.addStatusChange(new AccountStatusChange(account.getId(), AccountStatus.DEACTIVATED_DORMANT, AccountStatus.ACTIVE,
                "reactivated by its user", user.getName(), now));
        events.fire(new AccountStatusEvent.ReactivatedByItsUser(actor, account, user));
    }

    private User user(UserId userId) {
        return users.findById(userId.value()).orElseThrow(() -> new BusinessException("reactivation.not-allowed"));
    }

    /** The ways back for a deactivated account. */
    public enum Kind {
        /** The account is active: nothing to do. */
        ACTIVE,
        /** Deactivated for dormancy within 180 days: the user may reactivate it. */
        SELF_SERVICE,
        /** Deactivated for dormancy longer ago: only Client Support can reactivate it. */
        SUPPORT_ONLY,
        /** Closed for compliance: no way back. */
        CLOSED
    }

    /**
     * An account's situation.
     *
     * @param selfServiceUntil until when the user may reactivate it (for {@link Kind#SELF_SERVICE})
     */
    public record Situation(Kind kind, String accountNumber, Instant deactivatedAt, Instant selfServiceUntil) implements Serializable {

        static Situation of(Account account, Instant now) {
            Instant deactivated = account.getDeactivatedAt().orElse(null);
            return switch (account.getStatus()) {
                case ACTIVE -> new Situation(Kind.ACTIVE, account.getNumber(), null, null);
                case DEACTIVATED_COMPLIANCE -> new Situation(Kind.CLOSED, account.getNumber(), deactivated, null);
                case DEACTIVATED_DORMANT -> {
                    Instant until = deactivated.plus(SELF_SERVICE);
                    yield new Situation(now.isBefore(until) ? Kind.SELF_SERVICE : Kind.SUPPORT_ONLY, account.getNumber(), deactivated, until);
                }
            };
        }
    }
}
