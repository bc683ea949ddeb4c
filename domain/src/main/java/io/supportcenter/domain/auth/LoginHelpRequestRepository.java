package io.supportcenter.domain.auth;

import java.time.Instant;

/** Port to the Login Help request log; implemented in the persistence module. */
public interface LoginHelpRequestRepository {

    void add(LoginHelpRequest request);

    /** Requests for {@code email} from this client ({@code null}: from clients of unknown address). */
    long countForEmailAndClientSince(String email, String clientAddress, Instant since);

    long countForClientSince(String clientAddress, Instant since);
}
