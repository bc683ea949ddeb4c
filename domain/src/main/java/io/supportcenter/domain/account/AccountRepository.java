package io.supportcenter.domain.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port to the store of accounts; implemented in the persistence module. */
public interface AccountRepository {

    Optional<Account> findByNumber(String number);

    void add(Account account);

    /** A number no account has yet, for an account opened by sign-up. */
    String nextAccountNumber();

    /**
     * Reads the account of a user with a row lock held until the transaction ends; called first in a
     * transaction, so that what follows sees the account as the lock holder left it (serialises transfers).
     */
    Optional<Account> lockAccountOfUser(long userId);

    /** Reads an account with a row lock held until the transaction ends (the jobs, one account at a time). */
    Optional<Account> lockById(long id);

    long count();

    /** Accounts whose number is {@code text}, whose company name contains it, or with a user whose email contains it. */
    List<Account> search(String text, int max);

    void addStatusChange(AccountStatusChange change);

    /** The account's status changes, newest first. */
    List<AccountStatusChange> statusChanges(long accountId);

    /**
     * Active publisher accounts without a standing dormancy warning whose last valid commission (if any)
     * is before {@code commissionBefore} and that became active before {@code activeBefore}.
     */
    List<Account> findDueDormancyWarning(LocalDate commissionBefore, Instant activeBefore);

    /** Active accounts whose dormancy warning announced a deactivation at or before {@code now}. */
    List<Account> findPastDormancyDeadline(Instant now);
}
