package io.supportcenter.web.config;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where this node's start stands: still starting (waiting for its database, say), started, or failed for good (a
 * setting that cannot be used). The health checks and the gate in front of every page read it.
 */
@ApplicationScoped
public class StartupState {

    /** The phases of a node's start. */
    public enum Phase { STARTING, STARTED, FAILED }

    private volatile Phase phase = Phase.STARTING;
    private volatile String reason = "starting";

    public Phase phase() {
        return phase;
    }

    /** Why the node is not started, in a few words an anonymous health probe may read (details are in the log). */
    public String reason() {
        return reason;
    }

    public boolean started() {
        return phase == Phase.STARTED;
    }

    void waiting(String why) {
        phase = Phase.STARTING;
        reason = why;
    }

    void markStarted() {
        phase = Phase.STARTED;
        reason = null;
    }

    void failed(String why) {
        phase = Phase.FAILED;
        reason = why;
    }
}
