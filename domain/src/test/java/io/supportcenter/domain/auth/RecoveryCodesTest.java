package io.supportcenter.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void tenDistinctReadableCodes() {
        List<String> codes = RecoveryCodes.generate();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        codes.forEach(code -> assertTrue(code.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"), code));
        codes.forEach(code -> assertFalse(code.matches(".*[01ilo].*"), "no look-alike characters: " + code));
    }

    @Test
    void theHashIgnoresCaseAndDashesAsPeopleTypeThem() {
        assertEquals(RecoveryCodes.hash("k7pm-q2xr-d9wh"), RecoveryCodes.hash("K7PMQ2XRD9WH"));
        assertTrue(RecoveryCodes.isWellFormed("K7PMQ2XRD9WH"));
        assertFalse(RecoveryCodes.isWellFormed("123456"));
    }
}
