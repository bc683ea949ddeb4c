package io.supportcenter.domain.administration;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountRepository;
import io.supportcenter.domain.account.NewUser;
import io.supportcenter.domain.account.OneTimeSecret;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.account.UserRepository;
import io.supportcenter.domain.account.UserSettings;
import io.supportcenter.domain.account.UserSummary;
import io.supportcenter.domain.auth.AuthPolicy;
import io.supportcenter.domain.auth.LoginGuard;
import io.supportcenter.domain.auth.LoginOutcome;
import io.supportcenter.domain.auth.OneTimeSecrets;
import io.supportcenter.domain.auth.PasswordHasher;
import io.supportcenter.domain.auth.PasswordPolicy;
import io.supportcenter.domain.auth.PasswordService;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.UserId;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.DomainEvent;
import io.supportcenter.domain.shared.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Administrative Settings (SPEC §4): the account's SuperUser manages its users. Every method checks
 * on the server that the caller is the SuperUser of the account that owns the user it names, and
 * says what it did as an {@link AdministrationEvent} (audited, and mailed to the affected user).
 * Entering needs the SuperUser password (the gate), whose failures count toward the login lock.
 */
@ApplicationScoped
public class AdministrativeSettingsService {

    private static final String REALM = LoginGuard.MEMBER_REALM;

    /** How the SuperUser password gate answered. */
    public enum Gate {
        UNLOCKED,
        WRONG_PASSWORD,
        LOCKED,
        NOT_SUPERUSER
    }

    /**
     * The gate's answer and, when it opened, the key that every administrative action must show until the opening
     * runs out ({@link AuthPolicy#adminUnlock()}): the caller keeps it (the member's session does), only its digest is
     * stored. Whatever page or endpoint calls this service, nothing administrative happens without it.
     */
    public record Unlock(Gate gate, String key) {

        static Unlock refused(Gate gate) {
            return new Unlock(gate, null);
        }
    }

    private UserRepository users;
    private AccountRepository accounts;
    private PasswordHasher hasher;
    private PasswordPolicy passwordPolicy;
    private LoginGuard guard;
    private Event<DomainEvent> events;
    private Supplier<AuthPolicy> authPolicy;
    private Clock clock;

    protected AdministrativeSettingsService() {
        // for CDI proxies
    }

    @Inject
    public AdministrativeSettingsService(UserRepository users, AccountRepository accounts, PasswordHasher hasher,
                                         PasswordPolicy passwordPolicy, LoginGuard guard, Event<DomainEvent> events,
                                         Supplier<AuthPolicy> authPolicy, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.hasher = hasher;
        this.passwordPolicy = passwordPolicy;
        this.guard = guard;
        this.events = events;
        this.authPolicy = authPolicy;
        this.clock = clock;
    }

    @Transactional
    public Unlock unlock(Caller.Member member, String superUserPassword) {
        User caller = user(member.userId());
        if (!caller.isSuperUser()) {
            return Unlock.refused(Gate.NOT_SUPERUSER);
        }
        String key = LoginGuard.key(REALM, caller.getEmail());
        char[] password = superUserPassword == null ? new char[0] : superUserPassword.toCharArray();
        if (guard.isLocked(key, member)) {
            hasher.verifyDecoy(password);
            return Unlock.refused(Gate.LOCKED);
        }
        if (hasher.verify(password, caller.getAccount().getSuperUser().getPasswordHash()).matches()) {
            guard.succeeded(key, member);
            String gateKey = OneTimeSecrets.newToken();
            Instant now = clock.instant();
            caller.unlockAdministration(OneTimeSecrets.tokenHash(gateKey), now, now.plus(authPolicy.get().adminUnlock()));
            events.fire(new AdministrationEvent.GatePassed(member, caller));
            return new Unlock(Gate.UNLOCKED, gateKey);
        }
        events.fire(new AdministrationEvent.GateRefused(member, caller));
        return Unlock.refused(guard.failed(key, member) == LoginOutcome.LOCKED ? Gate.LOCKED : Gate.WRONG_PASSWORD);
    }

    /**
     * Whether this key opened Administrative Settings for the caller and still holds now. Whether they may still act
     * (the role may have moved meanwhile) is asked by every action, which then says so rather than "locked again".
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isUnlocked(Caller.Member member, String gateKey) {
        return users.findById(member.userId().value()).filter(caller -> opens(caller, gateKey)).isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserSummary> users(Caller.Member member, String gateKey) {
        return requireUnlocked(member.userId(), gateKey).getAccount().getUsers().stream().map(UserSummary::of).toList();
    }

    @Transactional
    public void addUser(Caller.Member member, String gateKey, UserSettings settings) {
        User caller = requireUnlocked(member.userId(), gateKey);
        requireFreeEmail(settings.email(), null);
        Account account = caller.getAccount();
        // Nobody knows this password; the invitation's system password is the way in.
        String unusable = hasher.hash(OneTimeSecrets.newToken().toCharArray());
        User added = account.addUser(new NewUser(settings.email(), settings.name(), unusable, settings.language(),
                settings.timeZone()), clock.instant());
        String password = issueSystemPassword(added);
        events.fire(new AdministrationEvent.UserAdded(member, added, caller, password, authPolicy.get().oneTimeSecretValidity()));
    }

    @Transactional
    public void updateSettings(Caller.Member member, String gateKey, UserId userId, UserSettings settings) {
        User caller = requireUnlocked(member.userId(), gateKey);
        User target = requireOwnUser(caller, userId);
        String oldEmail = target.getEmail();
        requireFreeEmail(settings.email(), target);
        target.applySettings(settings);
        events.fire(new AdministrationEvent.UserUpdated(member, target, caller, oldEmail));
    }

    @Transactional
    public void setPassword(Caller.Member member, String gateKey, UserId userId, String newPassword, String confirmation) {
        User caller = requireUnlocked(member.userId(), gateKey);
        User target = requireOwnUser(caller, userId);
        passwordPolicy.requireNew(newPassword, confirmation, PasswordService.ownerOf(target), target.recentPasswordHashes(), hasher);
        target.changePassword(hasher.hash(newPassword.toCharArray()));
        events.fire(new AdministrationEvent.PasswordSet(member, target, caller));
    }

    @Transactional
    public void resetPassword(Caller.Member member, String gateKey, UserId userId) {
        User caller = requireUnlocked(member.userId(), gateKey);
        User target = requireOwnUser(caller, userId);
        String password = issueSystemPassword(target);
        events.fire(new AdministrationEvent.PasswordReset(member, target, caller, password, authPolicy.get().oneTimeSecretValidity()));
    }

    @Transactional
    public void disableUser(Caller.Member member, String gateKey, UserId userId) {
        User caller = requireUnlocked(member.userId(), gateKey);
        User target = requireOwnUser(caller, userId);
        caller.getAccount().disableUser(target);
        events.fire(new AdministrationEvent.UserDisabled(member, target, caller));
    }

    @Transactional
    public void enableUser(Caller.Member member, String gateKey, UserId userId) {
        User caller = requireUnlocked(member.userId(), gateKey);
        User target = requireOwnUser(caller, userId);
        caller.getAccount().enableUser(target);
        events.fire(new AdministrationEvent.UserEnabled(member, target, caller));
    }

    @Transactional
    public void removeUser(Caller.Member member, String gateKey, UserId userId) {
        User caller = requireUnlocked(member.userId(), gateKey);
        User target = requireOwnUser(caller, userId);
        caller.getAccount().removeUser(target);
        users.remove(target);
        events.fire(new AdministrationEvent.UserRemoved(member, target, caller));
    }

    /**
     * Makes another enabled user of the account its SuperUser. The account row is locked first, so
     * of two transfers at the same moment the second sees the first's result (and its caller is no
     * longer the SuperUser): there is exactly one SuperUser at all times.
     */
    @Transactional
    public void transferSuperUser(Caller.Member member, String gateKey, UserId userId) {
        Account account = accounts.lockAccountOfUser(member.userId().value()).orElseThrow(() -> new BusinessException("account.user.not-found"));
        User caller = requireUnlocked(member.userId(), gateKey);
        if (caller.getAccount() != account) {
            throw new BusinessException("account.user.not-member");
        }
        User target = requireOwnUser(caller, userId);
        if (target.isSuperUser()) {
            return;
        }
        account.transferSuperUserTo(target);
        events.fire(new AdministrationEvent.SuperUserTransferred(member, caller, target));
    }

    private String issueSystemPassword(User user) {
        String password = OneTimeSecrets.newPassword();
        user.issueOneTimeSecret(new OneTimeSecret(OneTimeSecret.Kind.PASSWORD, hasher.hash(password.toCharArray()),
                clock.instant().plus(authPolicy.get().oneTimeSecretValidity())));
        return password;
    }

    private User user(UserId userId) {
        return users.findById(userId.value()).orElseThrow(() -> new BusinessException("account.user.not-found"));
    }

    /** The SuperUser who opened the gate with this key, the opening still holding; else refused as run out. */
    private User requireUnlocked(UserId callerId, String gateKey) {
        User caller = requireSuperUser(callerId);
        if (!opens(caller, gateKey)) {
            throw new BusinessException("admin.gate.expired");
        }
        return caller;
    }

    private boolean opens(User caller, String gateKey) {
        return gateKey != null && caller.isAdministrationUnlocked(OneTimeSecrets.tokenHash(gateKey), clock.instant());
    }

    private User requireSuperUser(UserId callerId) {
        User caller = user(callerId);
        if (!caller.isSuperUser() || !caller.isEnabled() || !caller.getAccount().getStatus().isActive()) {
            throw new BusinessException("account.admin.not-superuser");
        }
        return caller;
    }

    /** Authorisation on every object: the user must belong to the caller's account. */
    private User requireOwnUser(User caller, UserId userId) {
        User target = users.findById(userId.value()).orElseThrow(() -> new BusinessException("account.user.not-member"));
        if (!caller.getAccount().hasUser(target)) {
            throw new BusinessException("account.user.not-member");
        }
        return target;
    }

    private void requireFreeEmail(String email, User self) {
        String normalised = EmailAddress.require(email);
        users.findByEmail(normalised).filter(other -> other != self).ifPresent(other -> {
            throw new BusinessException("account.user.email-taken");
        });
    }
}
