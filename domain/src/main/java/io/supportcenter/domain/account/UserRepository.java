package io.supportcenter.domain.account;

import java.util.Optional;

/** Port to the store of member users; implemented in the persistence module. */
public interface UserRepository {

    Optional<User> findById(long id);

    /** Finds by email ignoring case. */
    Optional<User> findByEmail(String email);
}
