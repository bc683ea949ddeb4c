package io.supportcenter.domain.auth;

import java.time.Duration;

/**
 * The configurable rules of signing in and Login Help (SPEC §3 values marked config), read from
 * MicroProfile Config by the web tier.
 *
 * @param lock                       failed logins before a lock, and the longest lock
 * @param oneTimeSecretValidity      how long a system password or reset link works
 * @param loginHelpPerAddressPerHour Login Help requests allowed per email address per hour
 * @param loginHelpPerClientPerHour  Login Help requests allowed per client address per hour
 * @param revealUnknownAddress       tell the visitor that an address is unknown (the seed's behaviour)
 * @param loginHelpSendsLink         email a reset link instead of a system password
 * @param adminUnlock                how long the SuperUser password opens Administrative Settings
 */
public record AuthPolicy(LockPolicy lock, Duration oneTimeSecretValidity, int loginHelpPerAddressPerHour,
                         int loginHelpPerClientPerHour, boolean revealUnknownAddress, boolean loginHelpSendsLink,
                         Duration adminUnlock) {

    public static AuthPolicy defaults() {
        return new AuthPolicy(LockPolicy.defaults(), Duration.ofMinutes(60), 5, 20, true, false, Duration.ofMinutes(15));
    }
}
