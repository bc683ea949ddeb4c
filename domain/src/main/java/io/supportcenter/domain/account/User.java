package io.supportcenter.domain.account;

import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.EmailAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * A person on a member account. The email is unique across all members ignoring case (stored in
 * its normalised form under a unique constraint). Whether the user is the SuperUser is a fact of the
 * account (see {@link Account}), read here as {@link #isSuperUser()}.
 */
@Entity
@Table(name = "member_user")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_user_seq")
    @SequenceGenerator(name = "member_user_seq", sequenceName = "member_user_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "email", nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String name;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "language", nullable = false, length = 35)
    private String language;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected User() {
        // for JPA
    }

    User(Account account, NewUser details, Instant now) {
        this.account = Objects.requireNonNull(account);
        this.email = EmailAddress.require(details.email());
        this.name = requireName(details.name());
        this.passwordHash = Objects.requireNonNull(details.passwordHash(), "passwordHash");
        this.language = Objects.requireNonNull(details.language(), "language").toLanguageTag();
        this.timeZone = Objects.requireNonNull(details.timeZone(), "timeZone").getId();
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(now);
    }

    public boolean isSuperUser() {
        return account.isSuperUser(this);
    }

    /** Accepts a new hash for the same password (parameters upgraded) or for a new one. */
    public void replacePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new BusinessException("account.user.name.required");
        }
        return name.strip();
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
