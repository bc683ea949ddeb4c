package io.supportcenter.domain.staff;

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

    /** The enabled staff user with this id; anyone else is refused as not being staff. */
    default StaffUser requireEnabled(long id) {
        return findById(id).filter(StaffUser::isEnabled).orElseThrow(() -> new BusinessException("inquiry.staff-only"));
    }

    /** The enabled admin with this id; anyone else is refused. */
    default StaffUser requireAdmin(long id) {
        StaffUser admin = requireEnabled(id);
        if (!admin.hasRole(StaffRole.ADMIN)) {
            throw new BusinessException("staff.admins-only");
        }
        return admin;
    }
}
