package io.supportcenter.domain.account;

import io.supportcenter.domain.shared.BusinessException;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of the network: a publisher or an advertiser, with its users.
 *
 * <p>Invariant: an account always has exactly one SuperUser, who is one of its own enabled users.
 * The reference lives on the account (one non-null column), so two SuperUsers cannot exist even in
 * the database; a transfer is one update of that column, guarded by the optimistic version, so two
 * concurrent transfers cannot both win. The SuperUser can be neither disabled nor removed. On
 * PostgreSQL a deferred foreign key also makes the database check that the SuperUser is one of the
 * account's own users and cannot be deleted.
 */
@Entity
@Table(name = "account")
@Access(AccessType.FIELD)
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_number", nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "company_name", nullable = false, length = 200)
    private String companyName;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", nullable = false, length = 20)
    private AccountType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private AccountStatus status;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Column(name = "deactivation_reason", length = 500)
    private String deactivationReason;

    /** Given at sign-up; accounts the network opened may have none. */
    @Column(name = "website", length = 300)
    private String website;

    @Column(name = "last_valid_commission_on")
    private LocalDate lastValidCommissionOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the account was opened or last reactivated: dormancy counts from here when no commission is newer. */
    @Column(name = "active_since", nullable = false)
    private Instant activeSince;

    /** Set while a dormancy warning stands: when it went out and the deactivation it announced. */
    @Column(name = "dormancy_warned_at")
    private Instant dormancyWarnedAt;

    @Column(name = "dormancy_deadline")
    private Instant dormancyDeadline;

    /** The SuperUser as an object; after loading it is resolved from {@link #users} on first use. */
    @Transient
    private User superUser;

    /** The stored reference, read back from the column (see {@link #getSuperUserIdColumn()}). */
    @Transient
    private Long storedSuperUserId;

    @OneToMany(mappedBy = "account", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<User> users = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {
        // for JPA
    }

    /*
     * superuser_id is mapped through this property rather than as a relationship: the account and its
     * first user reference each other, and without a relationship mapping the account row is inserted
     * first (the user's key is assigned by then), which is the only order a database without deferred
     * constraints (H2) accepts for the user's foreign key to its account.
     */
    @Access(AccessType.PROPERTY)
    @Column(name = "superuser_id", nullable = false)
    protected Long getSuperUserIdColumn() {
        return superUser != null ? superUser.getId() : storedSuperUserId;
    }

    protected void setSuperUserIdColumn(Long id) {
        this.storedSuperUserId = id;
        this.superUser = null;
    }

    /**
     * Opens an account together with its first user, who is its SuperUser.
     */
    public static Account open(String number, String companyName, AccountType type, NewUser firstUser, Instant now) {
        Account account = new Account();
        account.number = requireText(number, "account.number.required");
        account.companyName = requireText(companyName, "account.company.required");
        account.type = Objects.requireNonNull(type, "type");
        account.status = AccountStatus.ACTIVE;
        account.createdAt = Objects.requireNonNull(now, "now");
        account.activeSince = now;
        account.superUser = account.addUser(firstUser, now);
        return account;
    }

    /**
     * A publisher account opened on the public sign-up form; its SuperUser must confirm the email address
     * (with the token whose hash is given) before the first login.
     */
    public static Account signUpPublisher(String number, String companyName, String website, NewUser superUser,
                                          String confirmationHash, Instant confirmBefore, Instant now) {
        Account account = open(number, companyName, AccountType.PUBLISHER, superUser, now);
        account.website = requireText(website, "signup.website.required");
        account.superUser.awaitEmailConfirmation(confirmationHash, confirmBefore);
        return account;
    }

    public User addUser(NewUser details, Instant now) {
        User user = new User(this, details, now);
        users.add(user);
        return user;
    }

    /** Makes {@code target} the SuperUser; the previous SuperUser becomes an ordinary user. */
    public void transferSuperUserTo(User target) {
        requireOwnUser(target);
        if (!target.isEnabled()) {
            throw new BusinessException("account.superuser.transfer.target-disabled");
        }
        superUser = target;
        storedSuperUserId = target.getId();
    }

    public void disableUser(User user) {
        requireOwnUser(user);
        if (isSuperUser(user)) {
            throw new BusinessException("account.superuser.cannot-disable");
        }
        user.disable();
    }

    public void enableUser(User user) {
        requireOwnUser(user);
        user.enable();
    }

    public void removeUser(User user) {
        requireOwnUser(user);
        if (isSuperUser(user)) {
            throw new BusinessException("account.superuser.cannot-remove");
        }
        users.remove(user);
    }

    public void deactivateForDormancy(Instant at) {
        if (status != AccountStatus.ACTIVE) {
            throw new BusinessException("account.status.not-active");
        }
        status = AccountStatus.DEACTIVATED_DORMANT;
        deactivatedAt = Objects.requireNonNull(at);
        deactivationReason = null;
        dormancyWarnedAt = null;
        dormancyDeadline = null;
    }

    /** Whether the account was warned and its deadline passed without a valid commission (SPEC §8). */
    public boolean isPastDormancyDeadline(Instant now) {
        return status == AccountStatus.ACTIVE && dormancyDeadline != null && !dormancyDeadline.isAfter(now);
    }

    /** Whether a publisher last active before {@code cutOff} (in {@code zone}) is due its dormancy warning. */
    public boolean isDueDormancyWarning(LocalDate cutOff, ZoneId zone) {
        return status == AccountStatus.ACTIVE && type == AccountType.PUBLISHER && dormancyWarnedAt == null
                && lastActiveOn(zone).isBefore(cutOff);
    }

    /** The day dormancy counts from in {@code zone}: the last valid commission's, or the day the account became active. */
    public LocalDate lastActiveOn(ZoneId zone) {
        LocalDate active = LocalDate.ofInstant(activeSince, zone);
        return lastValidCommissionOn != null && lastValidCommissionOn.isAfter(active) ? lastValidCommissionOn : active;
    }

    /** Records the warning that the account will be deactivated at {@code deadline} without a valid commission. */
    public void warnOfDormancy(Instant at, Instant deadline) {
        if (status != AccountStatus.ACTIVE) {
            throw new BusinessException("account.status.not-active");
        }
        dormancyWarnedAt = Objects.requireNonNull(at);
        dormancyDeadline = Objects.requireNonNull(deadline);
    }

    /**
     * A valid commission on {@code day}: dormancy counts from it if it is the newest, and a standing
     * warning is withdrawn (the schedule decides afresh whether a new one is due).
     *
     * @return whether the commission was newer than the last one known
     */
    public boolean recordValidCommission(LocalDate day) {
        if (lastValidCommissionOn != null && !day.isAfter(lastValidCommissionOn)) {
            return false;
        }
        lastValidCommissionOn = day;
        dormancyWarnedAt = null;
        dormancyDeadline = null;
        return true;
    }

    public Optional<Instant> getDormancyWarnedAt() {
        return Optional.ofNullable(dormancyWarnedAt);
    }

    public Optional<Instant> getDormancyDeadline() {
        return Optional.ofNullable(dormancyDeadline);
    }

    public void deactivateForCompliance(Instant at, String reason) {
        if (status == AccountStatus.DEACTIVATED_COMPLIANCE) {
            throw new BusinessException("account.status.already-closed");
        }
        status = AccountStatus.DEACTIVATED_COMPLIANCE;
        deactivatedAt = Objects.requireNonNull(at);
        deactivationReason = requireText(reason, "account.compliance.reason.required");
    }

    /**
     * Brings back an account deactivated for dormancy (its user, or support staff); a compliance closure
     * stays. Dormancy counts afresh from {@code at}.
     */
    public void reactivate(Instant at) {
        if (status != AccountStatus.DEACTIVATED_DORMANT) {
            throw new BusinessException(status == AccountStatus.DEACTIVATED_COMPLIANCE
                    ? "account.status.compliance-final" : "account.status.not-deactivated");
        }
        status = AccountStatus.ACTIVE;
        deactivatedAt = null;
        deactivationReason = null;
        activeSince = Objects.requireNonNull(at);
    }

    public boolean isSuperUser(User user) {
        User current = getSuperUser();
        return current != null && user != null && (current == user
                || (current.getId() != null && current.getId().equals(user.getId())));
    }

    /** Whether the user belongs to this account (one persistence context holds one instance per row). */
    public boolean hasUser(User user) {
        return user != null && user.getAccount() == this;
    }

    private void requireOwnUser(User user) {
        if (!hasUser(user)) {
            throw new BusinessException("account.user.not-member");
        }
    }

    private static String requireText(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(key);
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Optional<String> getWebsite() {
        return Optional.ofNullable(website);
    }

    public String getCompanyName() {
        return companyName;
    }

    public AccountType getType() {
        return type;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Optional<Instant> getDeactivatedAt() {
        return Optional.ofNullable(deactivatedAt);
    }

    public Optional<String> getDeactivationReason() {
        return Optional.ofNullable(deactivationReason);
    }

    public Optional<LocalDate> getLastValidCommissionOn() {
        return Optional.ofNullable(lastValidCommissionOn);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public User getSuperUser() {
        if (superUser == null && storedSuperUserId != null) {
            superUser = users.stream().filter(user -> storedSuperUserId.equals(user.getId())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("account " + id + " does not hold its SuperUser"));
        }
        return superUser;
    }

    public List<User> getUsers() {
        return Collections.unmodifiableList(users);
    }
}
