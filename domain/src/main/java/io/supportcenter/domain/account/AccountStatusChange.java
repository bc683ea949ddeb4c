package io.supportcenter.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One change of an account's status (SPEC §8): from, to, why, who, when; the account page lists them. */
@Entity
@Table(name = "account_status_change")
public class AccountStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_status_change_seq")
    @SequenceGenerator(name = "account_status_change_seq", sequenceName = "account_status_change_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 30)
    private AccountStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30)
    private AccountStatus to;

    @Column(name = "reason", length = 500)
    private String reason;

    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    protected AccountStatusChange() {
        // for JPA
    }

    public AccountStatusChange(long accountId, AccountStatus from, AccountStatus to, String reason, String actorName, Instant at) {
        this.accountId = accountId;
        this.from = Objects.requireNonNull(from);
        this.to = Objects.requireNonNull(to);
        this.reason = reason;
        this.actorName = Objects.requireNonNull(actorName);
        this.at = Objects.requireNonNull(at);
    }

    public AccountStatus getFrom() {
        return from;
    }

    public AccountStatus getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getAt() {
        return at;
    }
}
