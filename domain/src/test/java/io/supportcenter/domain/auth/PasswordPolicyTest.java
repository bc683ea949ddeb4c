package io.supportcenter.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();
    private static final PasswordOwner PAT = new PasswordOwner("pat.northwind@example.com", "Pat Northwind", "Brightwater Media");

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertEquals(List.of(), POLICY.violations("violet-trumpet-harbour-9", PAT));
    }

    @Test
    void elevenCharactersAreTooShortAndTwelveAreEnough() {
        assertEquals(List.of("password.policy.too-short"), POLICY.violations("vtq-8mz-kp2", PasswordOwner.withEmail("a@b.example")));
        assertEquals(List.of(), POLICY.violations("vtq-8mz-kp2x", PasswordOwner.withEmail("a@b.example")));
    }

    @Test
    void theEmailOrItsLocalPartIsRefusedIgnoringCase() {
        assertTrue(POLICY.violations("Pat.Northwind@Example.com", PAT).contains("password.policy.same-as-email"));
        assertTrue(POLICY.violations("patnorthwindreviews", PasswordOwner.withEmail("patnorthwindreviews@example.com"))
                .contains("password.policy.same-as-email"));
    }

    @Test
    void commonPasswordsAreRefusedIgnoringCase() {
        assertEquals(List.of("password.policy.common"), POLICY.violations("Password1234", PAT));
        assertEquals(List.of("password.policy.common"), POLICY.violations("QWERTYUIOP12", PAT));
    }

    @Test
    void theShippedListHoldsAtLeastTenThousandPasswords() {
        assertTrue(CommonPasswords.load().size() >= 10_000);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<String> violations = POLICY.violations("monkey", PasswordOwner.withEmail("monkey@zoo.example"));
        assertEquals(List.of("password.policy.too-short", "password.policy.same-as-email", "password.policy.common"), violations);
    }

    @Test
    void anAbsurdlyLongPasswordIsRefusedWithoutEstimatingIt() {
        assertEquals(List.of("password.policy.too-long"), POLICY.violations("x".repeat(129), PAT));
    }

    /** The black-box sweep's passwords, each accepted before this policy, with the advice each now gets. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'            '|password.policy.blank",
        "111111111111|password.policy.repeats",
        "aaaaaaaaaaaa|password.policy.repeats",
        "abcabcabcabc|password.policy.repeats",
        "qwertyuiopas|password.policy.common-words",
        "iloveyou1234|password.policy.common-words",
        "P@ssw0rd2026|password.policy.common-words",
        "Brightwater Media|password.policy.personal",
        "brightwatermedia12|password.policy.personal",
        "Pat Northwind 1987|password.policy.personal",
        "9876543210987|password.policy.sequence",
        "lmnopqrstuvw|password.policy.sequence",
        "hjkl;lkjhgfd|password.policy.keyboard",
    })
    void theSweepsPasswordsAreRefusedWithAdvice(String password, String advice) {
        assertEquals(List.of(advice), POLICY.violations(password, PAT), password);
    }

    @Test
    void spacesAreNeverStrippedSoTheyCountAsTyped() {
        assertEquals(List.of("password.policy.too-short"), POLICY.violations("  vtq-8mz  ", PAT));
        assertEquals(List.of(), POLICY.violations(" vtq-8mz-kp2x ", PAT));
    }

    @Test
    void theOwnersWordsCountOnlyForThatOwner() {
        assertEquals(List.of(), POLICY.violations("northwind-harbour-trumpet", PasswordOwner.withEmail("someone@else.example")));
        assertEquals(List.of("password.policy.personal"), POLICY.violations("northwind-harbour-trumpet", PAT));
    }

    @Test
    void theCurrentAndPreviousPasswordsAreRecognised() {
        PasswordHasher hasher = new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS);
        List<String> recent = List.of(hasher.hash("violet-trumpet-harbour-9".toCharArray()), hasher.hash("lantern-orchard-4417".toCharArray()));
        assertTrue(PasswordPolicy.isRecentlyUsed("violet-trumpet-harbour-9", recent, hasher));
        assertTrue(PasswordPolicy.isRecentlyUsed("lantern-orchard-4417", recent, hasher));
        assertFalse(PasswordPolicy.isRecentlyUsed("copper-meadow-lantern-58", recent, hasher));
    }
}
