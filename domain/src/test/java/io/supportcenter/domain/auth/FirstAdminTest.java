package io.supportcenter.domain.auth;

import io.supportcenter.domain.staff.StaffRole;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.mail.OutboxPolicy;
import io.supportcenter.domain.ops.TaskLock;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.support.AuthFixture;
import io.supportcenter.domain.support.TestEntities;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first admin of an empty installation is invited once from configuration, never given a password. */
class FirstAdminTest {

    private static final String PASSWORD = "quiet-harbour-lantern-58";

    private final AuthFixture fixture = new AuthFixture();
    private final StaffUserRepository staff = TestEntities.staff();
    private final StaffInvitations invitations = new StaffInvitations(staff, TestEntities.teams(), AuthFixture.HASHER,
            new PasswordPolicy(), fixture.events, TaskLock::new, fixture.clock);

    @Test
    void anEmptyStaffTableGetsOneAdminInvitationValidForADayAndTheSameSettingLaterInvitesNoOne() {
        Optional<String> token = invitations.inviteFirstAdmin("Root@Example.org", false);
        assertTrue(token.isPresent());
        StaffUser admin = staff.findByEmail("root@example.org").orElseThrow();
        assertTrue(admin.isInvited(), "no password until the link is used");
        assertEquals(EnumSet.allOf(StaffRole.class), EnumSet.copyOf(admin.getRoles()));
        assertTrue(fixture.mails.isEmpty(), "without mail the caller shows the link");

        assertEquals(Optional.empty(), invitations.inviteFirstAdmin("root@example.org", false), "a valid link is not replaced");
        assertEquals(Optional.empty(), invitations.inviteFirstAdmin("other@example.org", false), "nor is a second admin invited");

        invitations.accept(token.get(), PASSWORD, PASSWORD, AuthFixture.ACTOR);
        assertFalse(staff.findByEmail("root@example.org").orElseThrow().isInvited());
        assertThrows(BusinessException.class, () -> invitations.accept(token.get(), "another-quiet-harbour-77", "another-quiet-harbour-77",
                AuthFixture.ACTOR), "the link works once");
        fixture.clock.advance(Duration.ofDays(3));
        assertEquals(Optional.empty(), invitations.inviteFirstAdmin("root@example.org", true), "an admin exists: nothing to bootstrap");
        assertEquals(1, staff.findAll().size());
    }

    @Test
    void anExpiredFirstLinkIsReplacedAtTheNextStartAndMailedWhenMailIsConfigured() {
        String first = invitations.inviteFirstAdmin("root@example.org", false).orElseThrow();
        fixture.clock.advance(Duration.ofHours(25));
        String second = invitations.inviteFirstAdmin("root@example.org", true).orElseThrow();
        assertNotEquals(first, second);
        assertEquals(StaffInvitations.State.UNKNOWN, invitations.check(first).state(), "the old link stops working");
        assertEquals(StaffInvitations.State.VALID, invitations.check(second).state());
        assertEquals(1, fixture.mails.size());
        assertEquals(CredentialEvent.MAIL_FIRST_ADMIN, fixture.mails.get(0).getTemplate());
        assertFalse(fixture.mails.get(0).getValues().containsValue(second), "the outbox keeps the token sealed");
        assertEquals(second, fixture.mails.get(0).values(OutboxPolicy.defaults().seal(), true, "").get("token"));
        assertEquals(List.of("24"), List.of(fixture.mails.get(0).getValues().get("hours")));
    }

    @Test
    void anInstallationWithStaffAlreadyInvitesNoOne() {
        staff.add(new StaffUser("ada@example.org", "Ada Admin", "hash", List.of(StaffRole.ADMIN), List.of(), fixture.clock.instant()));
        assertEquals(Optional.empty(), invitations.inviteFirstAdmin("root@example.org", true));
        assertTrue(fixture.mails.isEmpty());
    }
}
