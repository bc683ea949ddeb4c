package io.supportcenter.domain.auth;

import java.time.Instant;

/** Port to the Login Help request log; implemented in the persistence module. */
public interface LoginHelpRequestRepository {

    void add(LoginHelpRequest request);

    long countForEmailSince(String email, Instant since);

    long countForClientSince(String clientAddress, Instant since);
}
