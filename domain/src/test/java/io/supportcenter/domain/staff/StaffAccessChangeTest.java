package io.supportcenter.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.support.TestEntities;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What ends a staff user's sessions: a change of roles and a disable do; a change of teams does not. */
class StaffAccessChangeTest {

    private static final Team CLIENT = TestEntities.team(1, Team.CLIENT_SUPPORT, "Client Support");
    private static final Team TECH = TestEntities.team(2, Team.TECHNICAL_SERVICES, "Technical Services");

    private static StaffUser agent() {
        return new StaffUser("agent@fixture.example", "Avery", "hash", List.of(StaffRole.AGENT), List.of(CLIENT),
                Instant.parse("2026-06-01T16:00:00Z"));
    }

    @Test
    void newRolesRaiseTheCredentialsVersionNewTeamsDoNot() {
        StaffUser user = agent();
        user.changeAccess(List.of(StaffRole.AGENT), List.of(CLIENT, TECH));
        assertEquals(0, user.getCredentialsVersion(), "teams are checked on each action");
        assertEquals(Set.of(CLIENT, TECH), user.getTeams());
        user.changeAccess(List.of(StaffRole.AGENT, StaffRole.EDITOR), List.of(CLIENT));
        assertEquals(1, user.getCredentialsVersion(), "roles were fixed at sign-in");
        assertTrue(user.hasRole(StaffRole.EDITOR));
        user.changeAccess(List.of(StaffRole.EDITOR, StaffRole.AGENT), List.of(CLIENT));
        assertEquals(1, user.getCredentialsVersion(), "the same roles in another order are no change");
    }

    @Test
    void aDisableEndsSessionsOnceAndNoRolesIsRefused() {
        StaffUser user = agent();
        user.disable();
        user.disable();
        assertFalse(user.isEnabled());
        assertEquals(1, user.getCredentialsVersion());
        user.enable();
        assertTrue(user.isEnabled());
        assertEquals("staff.roles.required", assertThrows(BusinessException.class,
                () -> user.changeAccess(List.of(), List.of(CLIENT))).messageKey());
    }
}
