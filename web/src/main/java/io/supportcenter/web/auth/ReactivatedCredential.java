package io.supportcenter.web.auth;

import jakarta.security.enterprise.credential.Credential;

/**
 * Signs in the member of {@link PasswordChecked} (for reactivation) once their account is active again: the password
 * was checked moments before, on the same session.
 */
public record ReactivatedCredential() implements Credential {
}
