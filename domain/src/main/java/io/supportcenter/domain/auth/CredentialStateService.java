package io.supportcenter.domain.auth;

import io.supportcenter.domain.account.UserRepository;
import io.supportcenter.domain.staff.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Reads a member's credential state for the per-request session check: a session whose version is
 * older than the user's has seen a password change or a disable, on whichever node it happened.
 */
@ApplicationScoped
public class CredentialStateService {

    private UserRepository users;
    private StaffUserRepository staff;

    protected CredentialStateService() {
        // for CDI proxies
    }

    @Inject
    public CredentialStateService(UserRepository users, StaffUserRepository staff) {
        this.users = users;
        this.staff = staff;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CredentialState> of(long userId) {
        return users.findById(userId).map(user -> new CredentialState(user.getCredentialsVersion(),
                user.isMustChangePassword(), user.isEnabled() && user.getAccount().getStatus().isActive()));
    }

    /** The same check for a staff user: a change of roles or a disable raises the version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CredentialState> ofStaff(long staffId) {
        return staff.findById(staffId).map(user -> new CredentialState(user.getCredentialsVersion(), false, user.isEnabled()));
    }
}
