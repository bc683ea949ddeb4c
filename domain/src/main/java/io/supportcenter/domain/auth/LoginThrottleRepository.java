package io.supportcenter.domain.auth;

import java.util.Optional;

/** Port to the failed-login counters; implemented in the persistence module. */
public interface LoginThrottleRepository {

    /** Reads the counter and holds a row lock on it until the transaction ends. */
    Optional<LoginThrottle> findForUpdate(String key);

    /** Reads the counter without a lock, for pages that only show it. */
    Optional<LoginThrottle> find(String key);

    void add(LoginThrottle throttle);

    /** Clears every client's counter of the address of {@code key} (those keyed {@code key|client}). */
    void clearClientsOf(String key);
}
