package io.supportcenter.domain.auth;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.OneTimeSecret;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.account.UserRepository;
import io.supportcenter.domain.auth.PasswordHasher.Verification;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.UserId;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a member's email and password. Every path costs one password verification, so an unknown
 * email takes as long as a known one; a hash made with older parameters is replaced on success.
 * A system password from Login Help works once, before it expires, even while this client is locked out
 * (it is long and random; the lock protects the user's own password from guessing).
 */
@ApplicationScoped
public class MemberAuthenticationService {

    static final String REALM = LoginGuard.MEMBER_REALM;

    private UserRepository users;
    private PasswordHasher hasher;
    private LoginGuard guard;
    private Event<DomainEvent> events;
    private Clock clock;

    protected MemberAuthenticationService() {
        // for CDI proxies
    }

    @Inject
    public MemberAuthenticationService(UserRepository users, PasswordHasher hasher, LoginGuard guard, Event<DomainEvent> events,
                                       Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param check a person check solved with this form, asked for once the address failed too often from anywhere
     */
    @Transactional
    public MemberLogin authenticate(String email, char[] password, Optional<PassedCheck> check, Caller actor) {
        String key = LoginGuard.key(REALM, email);
        LoginGuard.Gate gate = guard.gate(key, actor, check);
        if (gate == LoginGuard.Gate.PERSON_CHECK_NEEDED) {
            return MemberLogin.failed(LoginOutcome.PERSON_CHECK_NEEDED);
        }
        boolean locked = gate == LoginGuard.Gate.LOCKED;
        Optional<User> found = users.findByEmail(email);
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            return MemberLogin.failed(locked ? LoginOutcome.LOCKED : guard.failed(key, actor));
        }
        User user = found.get();
        Optional<OneTimeSecret> systemPassword = user.getOneTimeSecret()
                .filter(secret -> secret.getKind() == OneTimeSecret.Kind.PASSWORD);
        if (!locked) {
            Verification verification = hasher.verify(password, user.getPasswordHash());
            if (verification.matches()) {
                if (verification == Verification.MATCH_NEEDS_REHASH) {
                    user.replacePasswordHash(hasher.hash(password));
                }
                return admit(user, key, actor);
            }
        }
        if (systemPassword.isPresent()) {
            if (hasher.verify(password, systemPassword.get().getHash()).matches()) {
                return admitWithSystemPassword(user, systemPassword.get(), key, actor);
            }
        } else if (locked) {
            hasher.verifyDecoy(password);
        }
        return MemberLogin.failed(locked ? LoginOutcome.LOCKED : guard.failed(key, actor));
    }

    /**
     * Signs in a member whose password was checked moments ago and who has just reactivated their account
     * (the web tier keeps that proof in the session); the usual admission rules still apply.
     */
    @Transactional
    public MemberLogin admitReactivated(UserId userId, Caller actor) {
        User user = users.findById(userId.value()).orElseThrow(() -> new BusinessException("reactivation.not-allowed"));
        return admit(user, LoginGuard.memberKey(user.getEmail()), actor);
    }

    private MemberLogin admitWithSystemPassword(User user, OneTimeSecret secret, String key, Caller actor) {
        Instant now = clock.instant();
        if (secret.isUsed()) {
            return MemberLogin.failed(LoginOutcome.ONE_TIME_PASSWORD_USED);
        }
        if (secret.isExpired(now)) {
            return MemberLogin.failed(LoginOutcome.ONE_TIME_PASSWORD_EXPIRED);
        }
        if (user.isAwaitingEmailConfirmation()) {
            // The password was emailed to the address, so using it shows the address is the user's.
            user.confirmEmail();
            events.fire(new CredentialEvent.EmailConfirmed(actor, user, "system password"));
        }
        MemberLogin login = admit(user, key, actor);
        if (login.outcome().succeeded()) {
            user.useOneTimeSecret(now);
            events.fire(new LoginEvent.TemporaryPasswordUsed(actor, "user:" + user.getId()));
            return new MemberLogin(LoginOutcome.SUCCESS, new UserId(user.getId()), login.accountStatus(), user.getCredentialsVersion(), true);
        }
        return login;
    }

    private MemberLogin admit(User user, String key, Caller actor) {
        Account account = user.getAccount();
        LoginOutcome outcome = !user.isEnabled() ? LoginOutcome.USER_DISABLED
                : !account.getStatus().isActive() ? LoginOutcome.ACCOUNT_DEACTIVATED
                : user.isAwaitingEmailConfirmation() ? LoginOutcome.EMAIL_NOT_CONFIRMED
                : LoginOutcome.SUCCESS;
        if (!outcome.succeeded()) {
            events.fire(new LoginEvent.RefusedInactive(actor, "user:" + user.getId(), outcome.name()));
            return new MemberLogin(outcome, new UserId(user.getId()), account.getStatus(), 0, false);
        }
        guard.succeeded(key, actor);
        events.fire(new LoginEvent.Succeeded(actor, "user:" + user.getId(), REALM));
        return new MemberLogin(LoginOutcome.SUCCESS, new UserId(user.getId()), account.getStatus(), user.getCredentialsVersion(),
                user.isMustChangePassword());
    }
}
