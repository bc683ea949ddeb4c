package io.supportcenter.domain.account;

/** Whether members of an account may use the portal, and if not, why. */
public enum AccountStatus {
    ACTIVE,
    /** No valid commission for the dormancy period; may come back (SPEC §8). */
    DEACTIVATED_DORMANT,
    /** Closed by the network; nobody can undo it. */
    DEACTIVATED_COMPLIANCE;

    public boolean isActive() {
        return this == ACTIVE;
    }
}
