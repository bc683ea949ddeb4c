package io.supportcenter.domain.auth;

import io.supportcenter.domain.shared.Sha256;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes system passwords and reset tokens. Passwords use an alphabet without look-alike characters
 * (no 0/O, 1/l/I) so that they can be typed from an email without mistakes.
 */
public final class OneTimeSecrets {

    static final String UNAMBIGUOUS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    public static final int PASSWORD_LENGTH = 14;

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeSecrets() {
    }

    public static String newPassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(UNAMBIGUOUS.charAt(RANDOM.nextInt(UNAMBIGUOUS.length())));
        }
        return password.toString();
    }

    /** 256 random bits, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A token has 256 bits of entropy, so a fast hash suffices (unlike a password). */
    public static String tokenHash(String token) {
        return "sha256$" + Sha256.hex(token);
    }
}
