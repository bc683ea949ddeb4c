package io.supportcenter.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.identity.StaffRole;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A staff user's second factor: who needs it, codes working once, recovery codes working once. */
class StaffSecondFactorTest {

    private static final Instant NOW = Instant.parse("2026-06-01T16:00:00Z");

    private static StaffUser user(StaffRole role) {
        return new StaffUser(role.name().toLowerCase() + "@fixture.example", "Someone", "hash", List.of(role), List.of(), NOW);
    }

    @Test
    void supervisorsAndAdminsNeedASecondFactorAgentsAndEditorsMayChoose() {
        assertTrue(user(StaffRole.SUPERVISOR).needsSecondFactor());
        assertTrue(user(StaffRole.ADMIN).needsSecondFactor());
        assertFalse(user(StaffRole.AGENT).needsSecondFactor());
        assertFalse(user(StaffRole.EDITOR).needsSecondFactor());
    }

    @Test
    void aCodeOfAStepAlreadyUsedOrEarlierIsRefused() {
        StaffUser lead = user(StaffRole.SUPERVISOR);
        lead.enrolSecondFactor("SECRET", 100, List.of("h1", "h2"));
        assertTrue(lead.hasSecondFactor());
        assertFalse(lead.acceptCodeStep(100), "the step that confirmed enrolment");
        assertTrue(lead.acceptCodeStep(101));
        assertFalse(lead.acceptCodeStep(101), "the same code again");
        assertFalse(lead.acceptCodeStep(99), "an older code");
    }

    @Test
    void aRecoveryCodeWorksOnceAndReEnrolmentReplacesThem() {
        StaffUser admin = user(StaffRole.ADMIN);
        admin.enrolSecondFactor("SECRET", 1, List.of("h1", "h2"));
        assertTrue(admin.useRecoveryCode("h1", NOW));
        assertFalse(admin.useRecoveryCode("h1", NOW));
        assertFalse(admin.useRecoveryCode("unknown", NOW));
        assertEquals(1, admin.unusedRecoveryCodes());
        admin.enrolSecondFactor("NEW", 5, List.of("h3"));
        assertFalse(admin.useRecoveryCode("h2", NOW), "old codes end with a new enrolment");
        assertTrue(admin.useRecoveryCode("h3", NOW));
    }
}
