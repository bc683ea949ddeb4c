package io.supportcenter.domain.mail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the secret values of a waiting email (a system password, a reset or invitation link's token) with AES-GCM,
 * so that the outbox, and every backup taken while a mail waits for its SMTP server, holds no readable secret. The key
 * lives outside the database (configuration), the same on every node, so that any node can send any mail.
 */
public final class SecretSeal {

    private static final String PREFIX = "sealed1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int DERIVATION_ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private SecretSeal(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * A seal whose 256-bit key is derived from {@code secret} (a configured key, or another secret every node shares)
     * with PBKDF2, so that a short or low-entropy value still costs a guesser dearly.
     */
    public static SecretSeal derivedFrom(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the key to seal mail secrets with is empty");
        }
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), "support-center/outbox-secrets".getBytes(StandardCharsets.UTF_8),
                    DERIVATION_ITERATIONS, 256);
            return new SecretSeal(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }

    public String seal(String value) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The value {@link #seal} sealed.
     *
     * @throws Unreadable when it was sealed with another key (the configured key changed while the mail waited)
     */
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new Unreadable();
        }
        try {
            byte[] all = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new Unreadable();
        }
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** A sealed value this key cannot open. */
    public static final class Unreadable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unreadable() {
            super("a secret of this mail was sealed with another key than this node's (support.mail.secret-key)");
        }
    }
}
