package io.supportcenter.domain.auth;

import io.supportcenter.domain.shared.Sha256;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ten single-use recovery codes like {@code k7pm-q2xr-d9wh} (60 random bits each, no look-alike
 * characters). They are as random as keys, so a plain SHA-256 is a safe way to keep them; guessing
 * is stopped by the login lock.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(14);
            for (int c = 0; c < 12; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
            codes.add(code.toString());
        }
        return codes;
    }

    static boolean isWellFormed(String code) {
        return code.toLowerCase(Locale.ROOT).matches("[a-z0-9]{4}-?[a-z0-9]{4}-?[a-z0-9]{4}");
    }

    /** The hash kept for a code, whatever its case and with or without the dashes. */
    static String hash(String code) {
        String normal = code.toLowerCase(Locale.ROOT).replace("-", "");
        return Sha256.hex(normal);
    }
}
