package io.supportcenter.domain.staff;

import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.EmailAddress;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A member of the network's support staff. Staff sign in apart from members (their own login page
 * and role set). Invariant: a staff user holds at least one role.
 */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    /** Stands where a password hash would be for an invited user; never verifies, as it is no hash. */
    static final String NO_PASSWORD = "!invited";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_user_seq")
    @SequenceGenerator(name = "staff_user_seq", sequenceName = "staff_user_seq", allocationSize = 50)
    private Long id;

    @Column(name = "email", nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String name;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<StaffRole> roles = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "staff_user_team",
            joinColumns = @JoinColumn(name = "staff_user_id"),
            inverseJoinColumns = @JoinColumn(name = "team_id"))
    private Set<Team> teams = new HashSet<>();

    /** Raised when roles change or the user is disabled: sessions started under an older version end. */
    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The authenticator's shared secret once enrolment was confirmed with a code; null before. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    /** The time step of the last code accepted, so that no code works twice. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_recovery_code", joinColumns = @JoinColumn(name = "staff_user_id"))
    private Set<RecoveryCode> recoveryCodes = new HashSet<>();

    /** While an invited user has not chosen a password: the hash of the emailed token, and until when it works. */
    /** The zone this staff user reads times in; null: the business calendar's. */
    @Column(name = "time_zone", length = 64)
    private String timeZone;

    @Column(name = "invitation_hash", length = 100)
    private String invitationHash;

    @Column(name = "invitation_expires_at")
    private Instant invitationExpiresAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StaffUser() {
        // for JPA
    }

    public StaffUser(String email, String name, String passwordHash, Collection<StaffRole> roles,
                     Collection<Team> teams, Instant now) {
        this.email = EmailAddress.require(email);
        if (name == null || name.isBlank()) {
            throw new BusinessException("staff.name.required");
        }
        this.name = name.strip();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        if (roles == null || roles.isEmpty()) {
            throw new BusinessException("staff.roles.required");
        }
        this.roles = EnumSet.copyOf(roles);
        this.teams = new HashSet<>(teams);
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(now);
    }

    /**
     * A user invited by an admin: no password works for them (the stored value is no password hash)
     * until they choose one through the emailed invitation.
     */
    public static StaffUser invited(String email, String name, Collection<StaffRole> roles, Collection<Team> teams,
                                    String tokenHash, Instant expires, Instant now) {
        StaffUser user = new StaffUser(email, name, NO_PASSWORD, roles, teams, now);
        user.reinvite(tokenHash, expires);
        return user;
    }

    /** A new invitation replaces the one sent before; only for a user who has not chosen a password yet. */
    public void reinvite(String tokenHash, Instant expires) {
        if (!isInvited()) {
            throw new BusinessException("staff.invite.not-pending");
        }
        this.invitationHash = Objects.requireNonNull(tokenHash);
        this.invitationExpiresAt = Objects.requireNonNull(expires);
    }

    /** Whether the user was invited and has not chosen a password yet. */
    public boolean isInvited() {
        return NO_PASSWORD.equals(passwordHash);
    }

    public boolean isInvitationExpired(Instant now) {
        return invitationExpiresAt == null || !now.isBefore(invitationExpiresAt);
    }

    /** The invited user's own password; the invitation stops working. */
    public void acceptInvitation(String newPasswordHash, Instant now) {
        if (!isInvited() || isInvitationExpired(now)) {
            throw new BusinessException("staff.invite.not-valid");
        }
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        this.invitationHash = null;
        this.invitationExpiresAt = null;
    }

    /**
     * Sets what the user may do. A change of roles ends the user's sessions (their permissions were
     * fixed when they signed in); a change of teams does not need to, as teams are checked on each action.
     */
    public void changeAccess(Collection<StaffRole> newRoles, Collection<Team> newTeams) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new BusinessException("staff.roles.required");
        }
        Set<StaffRole> wanted = EnumSet.copyOf(newRoles);
        if (!wanted.equals(roles)) {
            roles.clear();
            roles.addAll(wanted);
            credentialsVersion++;
        }
        teams.clear();
        teams.addAll(newTeams);
    }

    /** A disabled user cannot sign in, and their sessions end. */
    public void disable() {
        if (enabled) {
            enabled = false;
            credentialsVersion++;
        }
    }

    public void enable() {
        enabled = true;
    }

    public int getCredentialsVersion() {
        return credentialsVersion;
    }

    public boolean hasRole(StaffRole role) {
        return roles.contains(role);
    }

    /** Supervisors and admins sign in with a second factor; for everyone else it is a choice. */
    public boolean needsSecondFactor() {
        return roles.contains(StaffRole.SUPERVISOR) || roles.contains(StaffRole.ADMIN);
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /** Enrols (or re-enrols) the authenticator; earlier recovery codes are replaced by these. */
    public void enrolSecondFactor(String secret, long confirmedStep, Collection<String> recoveryCodeHashes) {
        this.totpSecret = Objects.requireNonNull(secret);
        this.totpLastStep = confirmedStep;
        this.recoveryCodes.clear();
        recoveryCodeHashes.forEach(hash -> recoveryCodes.add(new RecoveryCode(hash)));
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    /** Accepts a code of this time step once: false for a step already used (a replayed code). */
    public boolean acceptCodeStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    /** Uses the unused recovery code with this hash, if there is one. */
    public boolean useRecoveryCode(String codeHash, Instant now) {
        for (RecoveryCode code : recoveryCodes) {
            if (code.matches(codeHash)) {
                code.use(now);
                return true;
            }
        }
        return false;
    }

    public long unusedRecoveryCodes() {
        return recoveryCodes.stream().filter(code -> !code.isUsed()).count();
    }

    public void replacePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public Long getId() {
        return id;
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

    public boolean isEnabled() {
        return enabled;
    }

    public Set<StaffRole> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Set<Team> getTeams() {
        return Collections.unmodifiableSet(teams);
    }

    public Optional<ZoneId> getTimeZone() {
        return Optional.ofNullable(timeZone).map(ZoneId::of);
    }

    /** Times are shown in this zone from now on; null goes back to the business calendar's. */
    public void readTimesIn(ZoneId zone) {
        this.timeZone = zone == null ? null : zone.getId();
    }
}
