package io.supportcenter.domain.auth;

import io.supportcenter.domain.auth.PasswordHasher.Verification;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/** Checks a staff user's email and password, with the same timing and re-hash rules as members. */
@ApplicationScoped
public class StaffAuthenticationService {

    private StaffUserRepository staff;
    private PasswordHasher hasher;

    protected StaffAuthenticationService() {
        // for CDI proxies
    }

    @Inject
    public StaffAuthenticationService(StaffUserRepository staff, PasswordHasher hasher) {
        this.staff = staff;
        this.hasher = hasher;
    }

    @Transactional
    public StaffLogin authenticate(String email, char[] password) {
        Optional<StaffUser> found = staff.findByEmail(email);
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            return StaffLogin.invalid();
        }
        StaffUser user = found.get();
        Verification verification = hasher.verify(password, user.getPasswordHash());
        if (!verification.matches()) {
            return StaffLogin.invalid();
        }
        if (verification == Verification.MATCH_NEEDS_REHASH) {
            user.replacePasswordHash(hasher.hash(password));
        }
        if (!user.isEnabled()) {
            return new StaffLogin(LoginOutcome.USER_DISABLED, user.getId(), Set.of());
        }
        return new StaffLogin(LoginOutcome.SUCCESS, user.getId(), Set.copyOf(user.getRoles()));
    }
}
