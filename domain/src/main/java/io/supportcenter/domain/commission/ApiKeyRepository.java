package io.supportcenter.domain.commission;

import java.util.List;
import java.util.Optional;

/** Port to the integrations' API keys; implemented in the persistence module. */
public interface ApiKeyRepository {

    void add(ApiKey key);

    Optional<ApiKey> findById(long id);

    Optional<ApiKey> findByHash(String keyHash);

    /** Every key, newest first (a handful). */
    List<ApiKey> findAll();
}
