package io.supportcenter.persistence.db;

import io.supportcenter.domain.ops.ConnectionUse;
import jakarta.enterprise.context.ApplicationScoped;

/** The counts {@link ConnectionCounts} keeps, for the metrics. */
@ApplicationScoped
public class CountedConnectionUse implements ConnectionUse {

    @Override
    public int lent() {
        return Math.max(0, ConnectionCounts.LENT.get());
    }

    @Override
    public int idle() {
        return Math.max(0, ConnectionCounts.OPEN.get() - lent());
    }

    @Override
    public int waiting() {
        return Math.max(0, ConnectionCounts.WAITING.get());
    }
}
