package io.supportcenter.domain.auth;

import java.time.Instant;

/**
 * Port to the record of human-check challenges that already opened an account; implemented in the
 * persistence module. The sign-up page keeps nothing between requests, so a solved challenge could be
 * sent again and again: this record, shared by every node, lets each count once.
 */
public interface SpentChallenges {

    /**
     * Records {@code challenge} as spent, in the caller's transaction, unless it already is; returns whether it
     * was new. Records whose challenge expired before {@code now} are forgotten (they could not be sent again).
     */
    boolean spend(String challenge, Instant expires, Instant now);
}
