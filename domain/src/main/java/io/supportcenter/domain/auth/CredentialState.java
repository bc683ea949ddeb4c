package io.supportcenter.domain.auth;

/** What every request of a signed-in member is checked against (see SessionGuard in the web tier). */
public record CredentialState(int credentialsVersion, boolean mustChangePassword, boolean mayUsePortal) {
}
