package io.supportcenter.domain.signup;

import java.time.Instant;

/** Port to the log of sign-ups that sent an email; implemented in the persistence module. */
public interface SignUpRequestRepository {

    void add(SignUpRequest request);

    long countForMailboxSince(String mailbox, Instant since);

    long countForClientSince(String clientAddress, Instant since);
}
