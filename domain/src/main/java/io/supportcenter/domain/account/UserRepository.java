package io.supportcenter.domain.account;

import java.util.Optional;

/** Port to the store of member users; implemented in the persistence module. */
public interface UserRepository {

    Optional<User> findById(long id);

    /**
     * The signed-in member's session state and profile. Asked on every request, so the database
     * implementation reads it in one query rather than loading the user, the account and its users.
     */
    default Optional<SignedInMember> findSignedIn(long id) {
        return findById(id).map(SignedInMember::of);
    }

    /** Finds by email ignoring case. */
    Optional<User> findByEmail(String email);

    /** Finds the user holding a one-time secret with this hash (reset links are looked up this way). */
    Optional<User> findByOneTimeHash(String hash);

    /** Finds the user who signed up and was sent a confirmation link with this token hash. */
    Optional<User> findByEmailConfirmationHash(String hash);

    /** Deletes a user that its account has let go of. */
    void remove(User user);
}
