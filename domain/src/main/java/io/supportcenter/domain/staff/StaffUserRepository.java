package io.supportcenter.domain.staff;

import java.util.Optional;

/** Port to the store of staff users; implemented in the persistence module. */
public interface StaffUserRepository {

    Optional<StaffUser> findById(long id);

    /** Finds by email ignoring case. */
    Optional<StaffUser> findByEmail(String email);

    void add(StaffUser staffUser);
}
