package io.supportcenter.domain.auth;

import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.mail.OutgoingMail;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.support.AuthFixture;
import io.supportcenter.domain.support.Callers;
import io.supportcenter.domain.support.TestEntities;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An admin invites a staff user; the emailed link lets them choose a password once, within a week. */
class StaffInvitationsTest {

    private static final Team CLIENT = TestEntities.team(1, Team.CLIENT_SUPPORT, "Client Support");
    private static final String NEW_PASSWORD = "lantern-orbit-meadow-7";

    private final AuthFixture fixture = new AuthFixture();
    private final StaffUserRepository staff = TestEntities.staff();
    private final StaffInvitations invitations = new StaffInvitations(staff, TestEntities.teams(CLIENT), AuthFixture.HASHER,
            new PasswordPolicy(), fixture.events, io.supportcenter.domain.ops.TaskLock::new, fixture.clock);

    StaffInvitationsTest() {
        staff.add(new StaffUser("admin@fixture.example", "Ada Admin", "hash", List.of(StaffRole.ADMIN), List.of(), fixture.clock.instant()));
        staff.add(new StaffUser("sup@fixture.example", "Sam Lead", "hash", List.of(StaffRole.SUPERVISOR), List.of(), fixture.clock.instant()));
    }

    private String invite(String email) {
        long id = invitations.invite(Callers.staff(100), "Nia New", email, List.of(StaffRole.AGENT), List.of(Team.CLIENT_SUPPORT));
        assertEquals(id, staff.findByEmail(email).orElseThrow().getId());
        return lastToken();
    }

    private String lastToken() {
        OutgoingMail mail = fixture.mails.get(fixture.mails.size() - 1);
        assertEquals(CredentialEvent.MAIL_STAFF_INVITATION, mail.getTemplate());
        return mail.values(io.supportcenter.domain.mail.OutboxPolicy.defaults().seal(), true, "").get("token");
    }

    @Test
    void theInvitedUserChoosesAPasswordOnceAndNoPasswordWorkedBefore() {
        String token = invite("nia@fixture.example");
        StaffUser nia = staff.findByEmail("nia@fixture.example").orElseThrow();
        assertTrue(nia.isInvited());
        assertEquals(PasswordHasher.Verification.MISMATCH, AuthFixture.HASHER.verify("!invited".toCharArray(), nia.getPasswordHash()));
        assertEquals(List.of(StaffRole.AGENT), List.copyOf(nia.getRoles()));
        assertEquals("Ada Admin", fixture.mails.get(0).getValues().get("admin"));
        assertEquals(new StaffInvitations.Invitation(StaffInvitations.State.VALID, "Nia New", "nia@fixture.example"), invitations.check(token));

        invitations.accept(token, NEW_PASSWORD, NEW_PASSWORD, AuthFixture.ACTOR);

        assertFalse(nia.isInvited());
        assertEquals(PasswordHasher.Verification.MATCH, AuthFixture.HASHER.verify(NEW_PASSWORD.toCharArray(), nia.getPasswordHash()));
        assertEquals(StaffInvitations.State.UNKNOWN, invitations.check(token).state(), "the link works once");
        assertEquals("staff.invite.not-valid", assertThrows(BusinessException.class,
                () -> invitations.accept(token, NEW_PASSWORD, NEW_PASSWORD, AuthFixture.ACTOR)).messageKey());
        assertEquals(List.of(AuditAction.STAFF_INVITED, AuditAction.STAFF_INVITATION_ACCEPTED),
                fixture.audit.stream().map(event -> event.getAction()).toList());
    }

    @Test
    void aWeekLaterTheLinkHasExpiredAndANewOneReplacesIt() {
        String first = invite("late@fixture.example");
        fixture.clock.advance(StaffInvitations.VALID_FOR.plus(Duration.ofMinutes(1)));
        assertEquals(StaffInvitations.State.EXPIRED, invitations.check(first).state());
        assertEquals("staff.invite.expired", assertThrows(BusinessException.class,
                () -> invitations.accept(first, NEW_PASSWORD, NEW_PASSWORD, AuthFixture.ACTOR)).messageKey());

        invitations.resend(Callers.staff(100), new StaffId(staff.findByEmail("late@fixture.example").orElseThrow().getId()));
        String second = lastToken();
        assertEquals(StaffInvitations.State.UNKNOWN, invitations.check(first).state(), "the first link no longer works");
        invitations.accept(second, NEW_PASSWORD, NEW_PASSWORD, AuthFixture.ACTOR);
        assertEquals("staff.invite.not-pending", assertThrows(BusinessException.class, () -> invitations.resend(Callers.staff(100),
                new StaffId(staff.findByEmail("late@fixture.example").orElseThrow().getId()))).messageKey());
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkKeepsWorking() {
        String token = invite("weak@fixture.example");
        PasswordPolicyException refused = assertThrows(PasswordPolicyException.class,
                () -> invitations.accept(token, "short", "other", AuthFixture.ACTOR));
        assertTrue(refused.violations().contains("password.policy.too-short"));
        assertTrue(refused.violations().contains("password.confirmation.mismatch"));
        assertEquals(StaffInvitations.State.VALID, invitations.check(token).state());
    }

    @Test
    void onlyAdminsInviteAndAnAddressOnTheStaffIsRefused() {
        assertEquals("staff.admins-only", assertThrows(BusinessException.class, () -> invitations.invite(Callers.staff(101), "Nia New",
                "nia@fixture.example", List.of(StaffRole.AGENT), List.of())).messageKey());
        assertEquals("staff.invite.email-taken", assertThrows(BusinessException.class, () -> invitations.invite(Callers.staff(100), "Sam Again",
                "SUP@fixture.example", List.of(StaffRole.AGENT), List.of())).messageKey());
        assertEquals("validation.email.invalid", assertThrows(BusinessException.class, () -> invitations.invite(Callers.staff(100), "Nia New",
                "not-an-address", List.of(StaffRole.AGENT), List.of())).messageKey());
        assertEquals("staff.roles.required", assertThrows(BusinessException.class, () -> invitations.invite(Callers.staff(100), "Nia New",
                "nia@fixture.example", List.of(), List.of())).messageKey());
        assertTrue(fixture.mails.isEmpty());
        assertEquals(2, staff.findAll().size());
    }

    @Test
    void beforeChoosingAPasswordNoPasswordSignsInAndTheCheckCostsTheSame() {
        invite("early@fixture.example");
        int[] decoys = {0};
        PasswordHasher counting = new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS) {
            @Override
            public void verifyDecoy(char[] password) {
                decoys[0]++;
                super.verifyDecoy(password);
            }
        };
        OneTimeCodes noCodes = new OneTimeCodes() {
            @Override
            public String newSecret() {
                throw new UnsupportedOperationException();
            }

            @Override
            public OptionalLong matchingStep(String secret, String code, Instant at) {
                return OptionalLong.empty();
            }
        };
        StaffAuthenticationService authentication = new StaffAuthenticationService(staff, counting, fixture.guard, fixture.events,
                noCodes, fixture.clock);

        StaffLogin login = authentication.authenticate("early@fixture.example", "!invited".toCharArray(), Optional.empty(), AuthFixture.ACTOR);

        assertEquals(LoginOutcome.INVALID_CREDENTIALS, login.outcome());
        assertEquals(1, decoys[0], "a full-cost check ran, as for an unknown address");
    }
}
