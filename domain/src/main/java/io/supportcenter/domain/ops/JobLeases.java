package io.supportcenter.domain.ops;

import java.time.Duration;
import java.time.Instant;

/**
 * Port to the leases of the jobs that run once across all nodes; implemented in the persistence module, each call in
 * a transaction of its own. A node runs such a job only while it holds the job's lease; a lease whose holder died
 * expires by itself.
 */
public interface JobLeases {

    /** Takes the lease of {@code job} for {@code holder} until {@code now + ttl}, unless another holder has it. */
    boolean acquire(String job, String holder, Instant now, Duration ttl);

    /** Gives the lease up, so that the next node to ask gets it at once. */
    void release(String job, String holder, Instant now);
}
