package io.supportcenter.domain.staff;

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
}
