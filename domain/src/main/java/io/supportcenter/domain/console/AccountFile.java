package io.supportcenter.domain.console;

import io.supportcenter.domain.account.AccountStatus;
import io.supportcenter.domain.account.AccountType;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An account as the staff console shows it: status, users (with their lock), status history. */
public record AccountFile(long id, String number, String companyName, AccountType type, AccountStatus status,
                          Instant deactivatedAt, String deactivationReason, List<UserLine> users, List<StatusLine> history)
        implements Serializable {

    /** One user of the account. */
    public record UserLine(long id, String name, String email, boolean superUser, boolean enabled, boolean locked)
            implements Serializable {
    }

    /** One change of the account's status. */
    public record StatusLine(AccountStatus from, AccountStatus to, String reason, String by, Instant at) implements Serializable {
    }

    /** A search result. */
    public record Found(String number, String companyName, AccountType type, AccountStatus status, String superUserEmail)
            implements Serializable {
    }
}
