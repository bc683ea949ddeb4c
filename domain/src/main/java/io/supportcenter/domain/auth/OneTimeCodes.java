package io.supportcenter.domain.auth;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * Port to time-based one-time codes (RFC 6238, as authenticator apps make them); implemented in the
 * web module with a library, so that the domain keeps to Jakarta APIs.
 */
public interface OneTimeCodes {

    /** A new random shared secret, Base32 as authenticator apps take it. */
    String newSecret();

    /**
     * The time step whose code this is, if the code is right for the secret at {@code at} or one step
     * either side of it (clocks drift); empty when it is not.
     */
    OptionalLong matchingStep(String secret, String code, Instant at);
}
