package io.supportcenter.domain.ops;

/** Port: how this node uses its database connections now; implemented in the persistence module. */
public interface ConnectionUse {

    /** Connections lent to requests and jobs. */
    int lent();

    /** Connections the pool holds open and has not lent. */
    int idle();

    /** Threads waiting for a connection. */
    int waiting();
}
