package io.supportcenter.domain.auth;

import io.supportcenter.domain.account.OneTimeSecret;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.account.UserRepository;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A member changes their own password: with the current password, or, right after a login with a
 * system password, without it (that login proved who they are) but never keeping the system password.
 * Every change ends the user's other sessions and is followed by a notice email.
 */
@ApplicationScoped
public class PasswordService {

    /** A forced change (after a system password) tried to go back to the old password or the one before it. */
    public static final String REUSED_AFTER_SYSTEM_PASSWORD = "password.policy.reused-forced";

    private UserRepository users;
    private PasswordHasher hasher;
    private PasswordPolicy policy;
    private LoginGuard guard;
    private Event<DomainEvent> events;
    private Clock clock;

    protected PasswordService() {
        // for CDI proxies
    }

    @Inject
    public PasswordService(UserRepository users, PasswordHasher hasher, PasswordPolicy policy, LoginGuard guard,
                           Event<DomainEvent> events, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param currentPassword required unless the user logged in with a system password
     * @return the new credentials version, for the session that made the change
     */
    @Transactional(dontRollbackOn = WrongCurrentPasswordException.class)
    public int changeOwnPassword(Caller.Member caller, String currentPassword, String newPassword, String confirmation) {
        User user = users.findById(caller.userId().value()).orElseThrow(() -> new BusinessException("account.user.not-found"));
        if (!user.isMustChangePassword()) {
            char[] current = currentPassword == null ? new char[0] : currentPassword.toCharArray();
            if (!hasher.verify(current, user.getPasswordHash()).matches()) {
                guard.failed(LoginGuard.key(MemberAuthenticationService.REALM, user.getEmail()), caller);
                throw new WrongCurrentPasswordException();
            }
        }
        checkNewPassword(user, newPassword, confirmation);
        user.changePassword(hasher.hash(newPassword.toCharArray()));
        events.fire(new CredentialEvent.PasswordChanged(caller, user, "by the user", clock.instant()));
        return user.getCredentialsVersion();
    }

    /** What a reset link is worth, for the page that opens it. */
    public enum LinkState {
        VALID,
        EXPIRED,
        USED,
        UNKNOWN
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LinkState checkLink(String token) {
        return linkHolder(token).map(user -> linkState(user.getOneTimeSecret().orElseThrow())).orElse(LinkState.UNKNOWN);
    }

    /** Sets a new password through a reset link from Login Help (link mode); the link works once. */
    @Transactional
    public void resetWithLink(String token, String newPassword, String confirmation, Caller actor) {
        User user = linkHolder(token).orElseThrow(() -> new BusinessException("login-help.link.unknown"));
        LinkState state = linkState(user.getOneTimeSecret().orElseThrow());
        if (state == LinkState.EXPIRED) {
            throw new BusinessException("login-help.link.expired");
        }
        if (state == LinkState.USED) {
            throw new BusinessException("login-help.link.used");
        }
        checkNewPassword(user, newPassword, confirmation);
        user.useOneTimeSecret(clock.instant());
        user.changePassword(hasher.hash(newPassword.toCharArray()));
        events.fire(new CredentialEvent.PasswordChanged(actor, user, "with a reset link", clock.instant()));
    }

    private Optional<User> linkHolder(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return users.findByOneTimeHash(OneTimeSecrets.tokenHash(token))
                .filter(user -> user.getOneTimeSecret().map(secret -> secret.getKind() == OneTimeSecret.Kind.LINK).orElse(false));
    }

    private LinkState linkState(OneTimeSecret secret) {
        return secret.isUsed() ? LinkState.USED : secret.isExpired(clock.instant()) ? LinkState.EXPIRED : LinkState.VALID;
    }

    private void checkNewPassword(User user, String newPassword, String confirmation) {
        List<String> problems = new ArrayList<>();
        try {
            policy.requireNew(newPassword, confirmation, ownerOf(user), user.recentPasswordHashes(), hasher);
        } catch (PasswordPolicyException e) {
            problems.addAll(user.isMustChangePassword() ? e.violations().stream().map(PasswordService::asForced).toList() : e.violations());
        }
        if (newPassword != null && isTheSystemPassword(user, newPassword)) {
            problems.add("password.policy.system-password");
        }
        if (!problems.isEmpty()) {
            throw new PasswordPolicyException(problems);
        }
    }

    /**
     * In a forced change the password in use is the one the user forgot or abandoned for a system password: going back
     * to it would leave the account as open as before the reset, so it is refused with words that say which one it is.
     */
    private static String asForced(String violation) {
        return PasswordPolicy.REUSED.equals(violation) ? REUSED_AFTER_SYSTEM_PASSWORD : violation;
    }

    /** The words of the user's own that a password must not be built from. */
    public static PasswordOwner ownerOf(User user) {
        return new PasswordOwner(user.getEmail(), user.getName(), user.getAccount().getCompanyName());
    }

    private boolean isTheSystemPassword(User user, String candidate) {
        return user.getOneTimeSecret()
                .filter(secret -> secret.getKind() == OneTimeSecret.Kind.PASSWORD)
                .map(secret -> hasher.verify(candidate.toCharArray(), secret.getHash()).matches())
                .orElse(false);
    }

    /** The current password was wrong; counted as a failed login. */
    public static class WrongCurrentPasswordException extends BusinessException {

        private static final long serialVersionUID = 1L;

        public WrongCurrentPasswordException() {
            super("password.current.wrong");
        }
    }
}
