package io.supportcenter.domain.account;

import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.EmailAddress;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A person on a member account. The email is unique across all members ignoring case (stored in
 * its normalised form under a unique constraint). Whether the user is the SuperUser is a fact of the
 * account (see {@link Account}), read here as {@link #isSuperUser()}.
 */
@Entity
@Table(name = "member_user")
public class User {

    /** Browsers of one SuperUser with Administrative Settings open at once; a further opening closes the oldest. */
    private static final int MAX_GATE_OPENINGS = 5;

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

    /** The hash of the password before the current one: a new password may repeat neither. */
    @Column(name = "previous_password_hash", length = 200)
    private String previousPasswordHash;

    @Column(name = "language", nullable = false, length = 35)
    private String language;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Raised whenever the password changes or the user is disabled; sessions of an older version end. */
    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    /** Set after a login with a system-generated password: nothing else is possible until a new one is chosen. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Embedded
    private OneTimeSecret oneTimeSecret;

    /** Until a user who signed up confirms their address: the hash of the emailed token, and until when it works. */
    @Column(name = "email_confirmation_hash", length = 100)
    private String emailConfirmationHash;

    @Column(name = "email_confirmation_expires_at")
    private Instant emailConfirmationExpiresAt;

    /** The SuperUser password gate's openings, one per session that passed it; those run out are dropped at the next. */
    @ElementCollection
    @CollectionTable(name = "member_admin_gate", joinColumns = @JoinColumn(name = "user_id"))
    private List<AdminGateOpening> adminGateOpenings = new ArrayList<>();

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

    /** A new link to confirm the address (sign-up, or sent again); an earlier link stops working. */
    public void awaitEmailConfirmation(String tokenHash, Instant expires) {
        this.emailConfirmationHash = Objects.requireNonNull(tokenHash);
        this.emailConfirmationExpiresAt = Objects.requireNonNull(expires);
    }

    /** Whether the user signed up and has not yet shown that the address is theirs; they cannot log in until then. */
    public boolean isAwaitingEmailConfirmation() {
        return emailConfirmationHash != null;
    }

    public boolean isEmailConfirmationExpired(Instant now) {
        return emailConfirmationExpiresAt == null || !now.isBefore(emailConfirmationExpiresAt);
    }

    /** The address is the user's (a link or a system password sent to it was used); the link stops working. */
    public void confirmEmail() {
        this.emailConfirmationHash = null;
        this.emailConfirmationExpiresAt = null;
    }

    /**
     * Opens Administrative Settings to whoever shows the key with this digest, from {@code now} until {@code until};
     * openings already run out are dropped, and of the rest only the latest few are kept (a few browsers at once).
     */
    public void unlockAdministration(String keyHash, Instant now, Instant until) {
        adminGateOpenings.removeIf(opening -> opening.isOver(now));
        adminGateOpenings.sort(Comparator.comparing(AdminGateOpening::until));
        while (adminGateOpenings.size() >= MAX_GATE_OPENINGS) {
            adminGateOpenings.remove(0);
        }
        adminGateOpenings.add(new AdminGateOpening(keyHash, until));
    }

    /** Whether the key with this digest opened Administrative Settings and the opening still holds at {@code now}. */
    public boolean isAdministrationUnlocked(String keyHash, Instant now) {
        return adminGateOpenings.stream().anyMatch(opening -> opening.opens(keyHash, now));
    }

    public boolean isSuperUser() {
        return account.isSuperUser(this);
    }

    /** Accepts a new hash for the same password, made with upgraded parameters. */
    public void replacePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    /**
     * Sets a password the user chose (or an administrator's reset): ends every other session, and
     * cancels a system password or reset link still outstanding. A used one stays recorded, so that
     * trying it again is answered with "already used".
     */
    public void changePassword(String newHash) {
        this.previousPasswordHash = this.passwordHash;
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = false;
        if (oneTimeSecret != null && !oneTimeSecret.isUsed()) {
            this.oneTimeSecret = null;
        }
        this.credentialsVersion++;
    }

    /**
     * Issues a system-generated password or reset link. The regular password keeps working until the
     * secret is used, so nobody can lock a user out by asking for resets.
     */
    public void issueOneTimeSecret(OneTimeSecret secret) {
        this.oneTimeSecret = Objects.requireNonNull(secret);
    }

    public Optional<OneTimeSecret> getOneTimeSecret() {
        return Optional.ofNullable(oneTimeSecret);
    }

    /**
     * Uses the outstanding one-time secret: it cannot be used again, and after a system password the
     * user must choose a password before anything else.
     */
    public void useOneTimeSecret(Instant now) {
        if (oneTimeSecret == null || oneTimeSecret.isUsed() || oneTimeSecret.isExpired(now)) {
            throw new BusinessException("login-help.secret.not-usable");
        }
        oneTimeSecret.markUsed(now);
        this.mustChangePassword = true;
    }

    /** Ends the user's sessions on every node: each checks the credentials version on the next request. */
    public void endSessions() {
        this.credentialsVersion++;
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    /** Applies User Settings; the email arrives checked for uniqueness by the caller. */
    public void applySettings(UserSettings settings) {
        this.name = requireName(settings.name());
        this.email = EmailAddress.require(settings.email());
        this.language = settings.language().toLanguageTag();
        this.timeZone = settings.timeZone().getId();
    }

    void disable() {
        this.enabled = false;
        this.credentialsVersion++;
    }

    void enable() {
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

    /** The hashes of the password in use and of the one before it, if any. */
    public List<String> recentPasswordHashes() {
        return previousPasswordHash == null ? List.of(passwordHash) : List.of(passwordHash, previousPasswordHash);
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

    public int getCredentialsVersion() {
        return credentialsVersion;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }
}
