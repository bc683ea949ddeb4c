package io.supportcenter.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertEquals(List.of(), POLICY.violations("violet-trumpet-harbour-9", "pat@northwind.example"));
    }

    @Test
    void elevenCharactersAreTooShortAndTwelveAreEnough() {
        assertEquals(List.of("password.policy.too-short"), POLICY.violations("vtq-8mz-kp2", "a@b.example"));
        assertEquals(List.of(), POLICY.violations("vtq-8mz-kp2x", "a@b.example"));
    }

    @Test
    void theEmailOrItsLocalPartIsRefusedIgnoringCase() {
        assertTrue(POLICY.violations("Pat.Northwind@Example.com", "pat.northwind@example.com")
                .contains("password.policy.same-as-email"));
        assertTrue(POLICY.violations("patnorthwindreviews", "patnorthwindreviews@example.com")
                .contains("password.policy.same-as-email"));
    }

    @Test
    void commonPasswordsAreRefusedIgnoringCase() {
        assertEquals(List.of("password.policy.common"), POLICY.violations("Password1234", "a@b.example"));
        assertTrue(POLICY.isCommon("qwertyuiop"));
        assertTrue(POLICY.isCommon("QWERTYUIOP"));
    }

    @Test
    void theShippedListHoldsAtLeastTenThousandPasswords() {
        assertTrue(CommonPasswords.load().size() >= 10_000);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<String> violations = POLICY.violations("monkey", "monkey@zoo.example");
        assertEquals(List.of("password.policy.too-short", "password.policy.same-as-email", "password.policy.common"), violations);
    }

    @Test
    void anAbsurdlyLongPasswordIsRefused() {
        assertTrue(POLICY.violations("x".repeat(129), "a@b.example").contains("password.policy.too-long"));
    }
}
