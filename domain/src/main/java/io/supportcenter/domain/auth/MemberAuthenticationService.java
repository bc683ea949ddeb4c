package io.supportcenter.domain.auth;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.account.UserRepository;
import io.supportcenter.domain.auth.PasswordHasher.Verification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Checks a member's email and password. An unknown email costs the same hashing time as a known
 * one; a hash made with older parameters is replaced on a successful login.
 */
@ApplicationScoped
public class MemberAuthenticationService {

    private UserRepository users;
    private PasswordHasher hasher;

    protected MemberAuthenticationService() {
        // for CDI proxies
    }

    @Inject
    public MemberAuthenticationService(UserRepository users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
    }

    @Transactional
    public MemberLogin authenticate(String email, char[] password) {
        Optional<User> found = users.findByEmail(email);
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            return MemberLogin.invalid();
        }
        User user = found.get();
        Verification verification = hasher.verify(password, user.getPasswordHash());
        if (!verification.matches()) {
            return MemberLogin.invalid();
        }
        if (verification == Verification.MATCH_NEEDS_REHASH) {
            user.replacePasswordHash(hasher.hash(password));
        }
        Account account = user.getAccount();
        if (!user.isEnabled()) {
            return new MemberLogin(LoginOutcome.USER_DISABLED, user.getId(), account.getStatus());
        }
        if (!account.getStatus().isActive()) {
            return new MemberLogin(LoginOutcome.ACCOUNT_DEACTIVATED, user.getId(), account.getStatus());
        }
        return new MemberLogin(LoginOutcome.SUCCESS, user.getId(), account.getStatus());
    }
}
