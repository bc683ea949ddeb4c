package io.supportcenter.domain.account;

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
    public Gate unlock(long callerId, String superUserPassword, Actor actor) {
        User caller = user(callerId);
        if (!caller.isSuperUser()) {
            return Gate.NOT_SUPERUSER;
        }
        String key = LoginGuard.key(REALM, caller.getEmail());
        char[] password = superUserPassword == null ? new char[0] : superUserPassword.toCharArray();
        if (guard.isLocked(key, actor)) {
            hasher.verifyDecoy(password);
            return Gate.LOCKED;
        }
        if (hasher.verify(password, caller.getAccount().getSuperUser().getPasswordHash()).matches()) {
            guard.succeeded(key, actor);
            audit.record(AuditAction.SUPERUSER_GATE_PASSED, actor, "account:" + caller.getAccount().getNumber(), null);
            return Gate.UNLOCKED;
        }
        audit.record(AuditAction.SUPERUSER_GATE_FAILED, actor, "account:" + caller.getAccount().getNumber(), null);
        return guard.failed(key, actor) == LoginOutcome.LOCKED ? Gate.LOCKED : Gate.WRONG_PASSWORD;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserSummary> users(long callerId) {
        return requireSuperUser(callerId).getAccount().getUsers().stream().map(UserSummary::of).toList();
    }

    @Transactional
    public void addUser(long callerId, UserSettings settings, Actor actor) {
        User caller = requireSuperUser(callerId);
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
    public void updateSettings(long callerId, long userId, UserSettings settings, Actor actor) {
        User caller = requireSuperUser(callerId);
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
    public void setPassword(long callerId, long userId, String newPassword, String confirmation, Actor actor) {
        User caller = requireSuperUser(callerId);
        User target = requireOwnUser(caller, userId);
        passwordPolicy.requireNew(newPassword, confirmation, PasswordService.ownerOf(target), target.recentPasswordHashes(), hasher);
        target.changePassword(hasher.hash(newPassword.toCharArray()));
        audit.record(AuditAction.PASSWORD_CHANGED, actor, "user:" + target.getId(), "by the SuperUser");
        notify(MAIL_PASSWORD_SET, target, caller);
    }

    @Transactional
    public void resetPassword(long callerId, long userId, Actor actor) {
        User caller = requireSuperUser(callerId);
        User target = requireOwnUser(caller, userId);
        String password = issueSystemPassword(target);
        audit.record(AuditAction.USER_PASSWORD_RESET, actor, "user:" + target.getId(), null);
        outbox.enqueue(new MailRequest(MAIL_PASSWORD_RESET, target.getEmail(), target.getLanguage(), values(target, caller,
                "password", password, "minutes", minutes()), Set.of("password")));
    }

    @Transactional
    public void disableUser(long callerId, long userId, Actor actor) {
        User caller = requireSuperUser(callerId);
        User target = requireOwnUser(caller, userId);
        caller.getAccount().disableUser(target);
        audit.record(AuditAction.USER_DISABLED, actor, "user:" + target.getId(), null);
        notify(MAIL_DISABLED, target, caller);
    }

    @Transactional
    public void enableUser(long callerId, long userId, Actor actor) {
        User caller = requireSuperUser(callerId);
        User target = requireOwnUser(caller, userId);
        caller.getAccount().enableUser(target);
        audit.record(AuditAction.USER_ENABLED, actor, "user:" + target.getId(), null);
        notify(MAIL_ENABLED, target, caller);
    }

    @Transactional
    public void removeUser(long callerId, long userId, Actor actor) {
        User caller = requireSuperUser(callerId);
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
    public void transferSuperUser(long callerId, long userId, Actor actor) {
        Account account = accounts.lockAccountOfUser(callerId).orElseThrow(() -> new BusinessException("account.user.not-found"));
        User caller = requireSuperUser(callerId);
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
