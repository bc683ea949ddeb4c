package io.supportcenter.domain.staff;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.shared.BusinessException;
import java.util.List;
import java.util.Optional;

/** Port to the store of staff users; implemented in the persistence module. */
public interface StaffUserRepository {

    Optional<StaffUser> findById(long id);

    /** Finds by email ignoring case. */
    Optional<StaffUser> findByEmail(String email);

    /** Everyone on the staff, by name (a few dozen people). */
    List<StaffUser> findAll();

    void add(StaffUser staffUser);

    /** The invited user whose invitation token has this hash. */
    Optional<StaffUser> findByInvitationHash(String hash);

    /** The calling staff user, read again and enabled; anyone else is refused as not being staff. */
    default StaffUser requireEnabled(Caller.Staff caller) {
        return findById(caller.staffId().value()).filter(StaffUser::isEnabled).orElseThrow(() -> new BusinessException("inquiry.staff-only"));
    }

    /** The calling staff user, read again, enabled and an admin now (roles may have changed since sign-in); anyone else is refused. */
    default StaffUser requireAdmin(Caller.Staff caller) {
        StaffUser admin = requireEnabled(caller);
        if (!admin.hasRole(StaffRole.ADMIN)) {
            throw new BusinessException("staff.admins-only");
        }
        return admin;
    }
}
