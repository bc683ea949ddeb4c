package io.supportcenter.domain.administration;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountRepository;
import io.supportcenter.domain.account.NewUser;
import io.supportcenter.domain.account.OneTimeSecret;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.account.UserRepository;
import io.supportcenter.domain.account.UserSettings;
import io.supportcenter.domain.account.UserSummary;
import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.audit.AuditLog;
import io.supportcenter.domain.auth.AuthPolicy;
import io.supportcenter.domain.auth.LoginGuard;
import io.supportcenter.domain.auth.LoginOutcome;
import io.supportcenter.domain.auth.OneTimeSecrets;
import io.supportcenter.domain.auth.PasswordHasher;
import io.supportcenter.domain.auth.PasswordPolicy;
import io.supportcenter.domain.auth.PasswordService;
import io.supportcenter.domain.mail.MailRequest;
import io.supportcenter.domain.mail.Outbox;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Administrative Settings (SPEC §4): the account's SuperUser manages its users. Every method checks
 * on the server that the caller is the SuperUser of the account that owns the user it names, audits
 * the change and emails the affected user. Entering needs the SuperUser password (the gate), whose
 * failures count toward the login lock.
 */
@ApplicationScoped
public class AdministrativeSettingsService {

    public static final String MAIL_INVITED = "user.invited";
    public static final String MAIL_CHANGED = "user.changed";
    public static final String MAIL_PASSWORD_SET = "user.password-set";
    public static final String MAIL_PASSWORD_RESET = "user.password-reset";
    public static final String MAIL_DISABLED = "user.disabled";
    public static final String MAIL_ENABLED = "user.enabled";
    public static final String MAIL_REMOVED = "user.removed";
    public static final String MAIL_SUPERUSER_GIVEN = "superuser.given";
    public static final String MAIL_SUPERUSER_TAKEN = "superuser.taken";

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
    private Outbox outbox;
    private AuditLog audit;
    private Supplier<AuthPolicy> authPolicy;
    private Clock clock;

    protected AdministrativeSettingsService() {
        // for CDI proxies
    }

    @Inject
    public AdministrativeSettingsService(UserRepository users, AccountRepository accounts, PasswordHasher hasher,
                                         PasswordPolicy passwordPolicy, LoginGuard guard, Outbox outbox, AuditLog audit,
                                         Supplier<AuthPolicy> authPolicy, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.hasher = hasher;
        this.passwordPolicy = passwordPolicy;
        this.guard = guard;
        this.outbox = outbox;
        this.audit = audit;
        this.authPolicy = authPolicy;
        this.clock = clock;
    }

    @Transactional
    public Unlock unlock(long callerId, String superUserPassword, Actor actor) {
        User caller = user(callerId);
        if (!caller.isSuperUser()) {
            return Unlock.refused(Gate.NOT_SUPERUSER);
        }
        String key = LoginGuard.key(REALM, caller.getEmail());
        char[] password = superUserPassword == null ? new char[0] : superUserPassword.toCharArray();
        if (guard.isLocked(key, actor)) {
            hasher.verifyDecoy(password);
            return Unlock.refused(Gate.LOCKED);
        }
        if (hasher.verify(password, caller.getAccount().getSuperUser().getPasswordHash()).matches()) {
            guard.succeeded(key, actor);
            String gateKey = OneTimeSecrets.newToken();
            Instant now = clock.instant();
            caller.unlockAdministration(OneTimeSecrets.tokenHash(gateKey), now, now.plus(authPolicy.get().adminUnlock()));
            audit.record(AuditAction.SUPERUSER_GATE_PASSED, actor, "account:" + caller.getAccount().getNumber(), null);
            return new Unlock(Gate.UNLOCKED, gateKey);
        }
        audit.record(AuditAction.SUPERUSER_GATE_FAILED, actor, "account:" + caller.getAccount().getNumber(), null);
        return Unlock.refused(guard.failed(key, actor) == LoginOutcome.LOCKED ? Gate.LOCKED : Gate.WRONG_PASSWORD);
    }

    /**
     * Whether this key opened Administrative Settings for the caller and still holds now. Whether they may still act
     * (the role may have moved meanwhile) is asked by every action, which then says so rather than "locked again".
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isUnlocked(long callerId, String gateKey) {
        return users.findById(callerId).filter(caller -> opens(caller, gateKey)).isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserSummary> users(long callerId, String gateKey) {
        return requireUnlocked(callerId, gateKey).getAccount().getUsers().stream().map(UserSummary::of).toList();
    }

    @Transactional
    public void addUser(long callerId, String gateKey, UserSettings settings, Actor actor) {
        User caller = requireUnlocked(callerId, gateKey);
        requireFreeEmail(settings.email(), null);
        Account account = caller.getAccount();
        // Nobody knows this password; the invitation's system password is the way in.
        String unusable = hasher.hash(OneTimeSecrets.newToken().toCharArray());
        User added = account.addUser(new NewUser(settings.email(), settings.name(), unusable, settings.language(),
                settings.timeZone()), clock.instant());
        String password = issueSystemPassword(added);
        audit.record(AuditAction.USER_ADDED, actor, added.getEmail(), "account:" + account.getNumber());
        outbox.enqueue(new MailRequest(MAIL_INVITED, added.getEmail(), added.getLanguage(), values(added, caller,
                "password", password, "minutes", minutes()), Set.of("password")));
    }

    @Transactional
    public void updateSettings(long callerId, String gateKey, long userId, UserSettings settings, Actor actor) {
        User caller = requireUnlocked(callerId, gateKey);
        User target = requireOwnUser(caller, userId);
        String oldEmail = target.getEmail();
        requireFreeEmail(settings.email(), target);
        target.applySettings(settings);
        audit.record(AuditAction.USER_UPDATED, actor, "user:" + target.getId(), oldEmail.equals(target.getEmail())
                ? "settings" : "email " + oldEmail + " -> " + target.getEmail());
        notify(MAIL_CHANGED, target, caller);
        if (!oldEmail.equals(target.getEmail())) {
            outbox.enqueue(MailRequest.of(MAIL_CHANGED, oldEmail, target.getLanguage(), values(target, caller)));
        }
    }

    @Transactional
    public void setPassword(long callerId, String gateKey, long userId, String newPassword, String confirmation, Actor actor) {
        User caller = requireUnlocked(callerId, gateKey);
        User target = requireOwnUser(caller, userId);
        passwordPolicy.requireNew(newPassword, confirmation, PasswordService.ownerOf(target), target.recentPasswordHashes(), hasher);
        target.changePassword(hasher.hash(newPassword.toCharArray()));
        audit.record(AuditAction.PASSWORD_CHANGED, actor, "user:" + target.getId(), "by the SuperUser");
        notify(MAIL_PASSWORD_SET, target, caller);
    }

    @Transactional
    public void resetPassword(long callerId, String gateKey, long userId, Actor actor) {
        User caller = requireUnlocked(callerId, gateKey);
        User target = requireOwnUser(caller, userId);
        String password = issueSystemPassword(target);
        audit.record(AuditAction.USER_PASSWORD_RESET, actor, "user:" + target.getId(), null);
        outbox.enqueue(new MailRequest(MAIL_PASSWORD_RESET, target.getEmail(), target.getLanguage(), values(target, caller,
                "password", password, "minutes", minutes()), Set.of("password")));
    }

    @Transactional
    public void disableUser(long callerId, String gateKey, long userId, Actor actor) {
        User caller = requireUnlocked(callerId, gateKey);
        User target = requireOwnUser(caller, userId);
        caller.getAccount().disableUser(target);
        audit.record(AuditAction.USER_DISABLED, actor, "user:" + target.getId(), null);
        notify(MAIL_DISABLED, target, caller);
    }

    @Transactional
    public void enableUser(long callerId, String gateKey, long userId, Actor actor) {
        User caller = requireUnlocked(callerId, gateKey);
        User target = requireOwnUser(caller, userId);
        caller.getAccount().enableUser(target);
        audit.record(AuditAction.USER_ENABLED, actor, "user:" + target.getId(), null);
        notify(MAIL_ENABLED, target, caller);
    }

    @Transactional
    public void removeUser(long callerId, String gateKey, long userId, Actor actor) {
        User caller = requireUnlocked(callerId, gateKey);
        User target = requireOwnUser(caller, userId);
        caller.getAccount().removeUser(target);
        users.remove(target);
        audit.record(AuditAction.USER_REMOVED, actor, target.getEmail(), "account:" + caller.getAccount().getNumber());
        notify(MAIL_REMOVED, target, caller);
    }

    /**
     * Makes another enabled user of the account its SuperUser. The account row is locked first, so
     * of two transfers at the same moment the second sees the first's result (and its caller is no
     * longer the SuperUser): there is exactly one SuperUser at all times.
     */
    @Transactional
    public void transferSuperUser(long callerId, String gateKey, long userId, Actor actor) {
        Account account = accounts.lockAccountOfUser(callerId).orElseThrow(() -> new BusinessException("account.user.not-found"));
        User caller = requireUnlocked(callerId, gateKey);
        if (caller.getAccount() != account) {
            throw new BusinessException("account.user.not-member");
        }
        User target = requireOwnUser(caller, userId);
        if (target.isSuperUser()) {
            return;
        }
        account.transferSuperUserTo(target);
        audit.record(AuditAction.SUPERUSER_TRANSFERRED, actor, "account:" + account.getNumber(),
                "user:" + caller.getId() + " -> user:" + target.getId());
        notify(MAIL_SUPERUSER_GIVEN, target, caller);
        notify(MAIL_SUPERUSER_TAKEN, caller, target);
    }

    private String issueSystemPassword(User user) {
        String password = OneTimeSecrets.newPassword();
        user.issueOneTimeSecret(new OneTimeSecret(OneTimeSecret.Kind.PASSWORD, hasher.hash(password.toCharArray()),
                clock.instant().plus(authPolicy.get().oneTimeSecretValidity())));
        return password;
    }

    private User user(long userId) {
        return users.findById(userId).orElseThrow(() -> new BusinessException("account.user.not-found"));
    }

    /** The SuperUser who opened the gate with this key, the opening still holding; else refused as run out. */
    private User requireUnlocked(long callerId, String gateKey) {
        User caller = requireSuperUser(callerId);
        if (!opens(caller, gateKey)) {
            throw new BusinessException("admin.gate.expired");
        }
        return caller;
    }

    private boolean opens(User caller, String gateKey) {
        return gateKey != null && caller.isAdministrationUnlocked(OneTimeSecrets.tokenHash(gateKey), clock.instant());
    }

    private User requireSuperUser(long callerId) {
        User caller = user(callerId);
        if (!caller.isSuperUser() || !caller.isEnabled() || !caller.getAccount().getStatus().isActive()) {
            throw new BusinessException("account.admin.not-superuser");
        }
        return caller;
    }

    /** Authorisation on every object: the user must belong to the caller's account. */
    private User requireOwnUser(User caller, long userId) {
        User target = users.findById(userId).orElseThrow(() -> new BusinessException("account.user.not-member"));
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

    private String minutes() {
        return Long.toString(authPolicy.get().oneTimeSecretValidity().toMinutes());
    }

    private void notify(String template, User recipient, User other) {
        outbox.enqueue(MailRequest.of(template, recipient.getEmail(), recipient.getLanguage(), values(recipient, other)));
    }

    private static Map<String, String> values(User recipient, User other, String... more) {
        Map<String, String> values = new HashMap<>();
        values.put("name", recipient.getName());
        values.put("email", recipient.getEmail());
        values.put("company", recipient.getAccount().getCompanyName());
        values.put("otherName", other.getName());
        values.put("otherEmail", other.getEmail());
        for (int i = 0; i + 1 < more.length; i += 2) {
            values.put(more[i], more[i + 1]);
        }
        return values;
    }
}
