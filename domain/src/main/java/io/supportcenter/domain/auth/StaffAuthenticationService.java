package io.supportcenter.domain.auth;

import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.audit.AuditLog;
import io.supportcenter.domain.auth.PasswordHasher.Verification;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/** Checks a staff user's email and password, with the same timing, lock and re-hash rules as members. */
@ApplicationScoped
public class StaffAuthenticationService {

    static final String REALM = "staff";

    private StaffUserRepository staff;
    private PasswordHasher hasher;
    private LoginGuard guard;
    private AuditLog audit;

    protected StaffAuthenticationService() {
        // for CDI proxies
    }

    @Inject
    public StaffAuthenticationService(StaffUserRepository staff, PasswordHasher hasher, LoginGuard guard, AuditLog audit) {
        this.staff = staff;
        this.hasher = hasher;
        this.guard = guard;
        this.audit = audit;
    }

    @Transactional
    public StaffLogin authenticate(String email, char[] password, Actor actor) {
        String key = LoginGuard.key(REALM, email);
        if (guard.isLocked(key)) {
            hasher.verifyDecoy(password);
            return StaffLogin.failed(LoginOutcome.LOCKED);
        }
        Optional<StaffUser> found = staff.findByEmail(email);
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            return StaffLogin.failed(guard.failed(key, actor));
        }
        StaffUser user = found.get();
        Verification verification = hasher.verify(password, user.getPasswordHash());
        if (!verification.matches()) {
            return StaffLogin.failed(guard.failed(key, actor));
        }
        if (verification == Verification.MATCH_NEEDS_REHASH) {
            user.replacePasswordHash(hasher.hash(password));
        }
        if (!user.isEnabled()) {
            audit.record(AuditAction.LOGIN_REFUSED_INACTIVE, actor, "staff:" + user.getId(), null);
            return new StaffLogin(LoginOutcome.USER_DISABLED, user.getId(), Set.of());
        }
        guard.succeeded(key);
        audit.record(AuditAction.LOGIN_SUCCEEDED, actor, "staff:" + user.getId(), REALM);
        return new StaffLogin(LoginOutcome.SUCCESS, user.getId(), Set.copyOf(user.getRoles()));
    }
}
