package io.supportcenter.web.auth;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a staff sign-in: a code from the authenticator or a recovery code, or (while
 * setting up) the first code the app shows for the new secret.
 */
public record SecondFactorCredential(String code) implements Credential {
}
