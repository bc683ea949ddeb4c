package io.supportcenter.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.auth.PasswordHasher.Verification;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS);

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String stored = hasher.hash("correct-horse-42".toCharArray());
        assertEquals(Verification.MATCH, hasher.verify("correct-horse-42".toCharArray(), stored));
        assertEquals(Verification.MISMATCH, hasher.verify("correct-horse-43".toCharArray(), stored));
    }

    @Test
    void theParametersAreStoredWithEachHashAndTheSaltIsRandom() {
        String first = hasher.hash("same password".toCharArray());
        String second = hasher.hash("same password".toCharArray());
        assertNotEquals(first, second);
        PasswordHash parsed = PasswordHash.parse(first);
        assertEquals("pbkdf2-sha256", parsed.algorithm());
        assertEquals(600_000, parsed.iterations());
        assertEquals(16, parsed.salt().length);
        assertEquals(32, parsed.hash().length);
    }

    @Test
    void aHashMadeWithOtherParametersStillVerifiesAndAsksForARehash() {
        String older = new PasswordHasher(600_000).hash("upgrade me please".toCharArray());
        PasswordHasher stronger = new PasswordHasher(650_000);
        assertEquals(Verification.MATCH_NEEDS_REHASH, stronger.verify("upgrade me please".toCharArray(), older));
        String upgraded = stronger.hash("upgrade me please".toCharArray());
        assertEquals(Verification.MATCH, stronger.verify("upgrade me please".toCharArray(), upgraded));
    }

    @Test
    void fewerIterationsThanTheSpecAllowsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(2048));
    }

    @Test
    void aMalformedStoredHashNeverMatches() {
        assertEquals(Verification.MISMATCH, hasher.verify("anything".toCharArray(), "plain-text-password"));
        assertEquals(Verification.MISMATCH, hasher.verify("anything".toCharArray(), null));
    }

    @Test
    void wipeClearsThePassword() {
        char[] password = "secret value".toCharArray();
        PasswordHasher.wipe(password);
        for (char c : password) {
            assertEquals('\0', c);
        }
        assertTrue(password.length > 0);
    }
}
