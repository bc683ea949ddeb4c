package io.supportcenter.domain.auth;

import static io.supportcenter.domain.support.AuthFixture.ACTOR;
import static io.supportcenter.domain.support.AuthFixture.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.supportcenter.domain.account.User;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.ops.TaskLock;
import io.supportcenter.domain.shared.DomainEvent;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.support.AuthFixture;
import io.supportcenter.domain.support.Callers;
import io.supportcenter.domain.support.TestEntities;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each kind of {@link CredentialEvent}, fired by the use case that makes it: the line the audit log
 * writes for it and the mails the outbox keeps, read from their stores.
 */
class CredentialEventsTest {

    private static final String NEW_PASSWORD = "Quiet-Lantern-Orbit-93";
    private static final AuthPolicy LINK_MODE = new AuthPolicy(LockPolicy.defaults(), Duration.ofMinutes(60), 5, 20, true, true,
            Duration.ofMinutes(15));

    @Test
    void passwordChangedByTheUser() {
        AuthFixture fixture = new AuthFixture();
        User pat = fixture.account("pat@test.example").getSuperUser();
        Caller.Member member = fixture.member(pat.getId());
        fixture.passwords.changeOwnPassword(member, PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertOnly(fixture, CredentialEvent.PasswordChanged.class, member, AuditAction.PASSWORD_CHANGED, "user:" + pat.getId(), "by the user",
                "password.changed pat@test.example");
    }

    @Test
    void loginHelpSentASystemPasswordAndThenPasswordChangedWithTheLinkOfLinkMode() {
        AuthFixture fixture = new AuthFixture();
        User pat = fixture.account("pat@test.example").getSuperUser();
        fixture.loginHelp.request("pat@test.example", ACTOR);
        assertOnly(fixture, CredentialEvent.LoginHelpSent.class, AuditAction.LOGIN_HELP_REQUESTED, "user:" + pat.getId(),
                "system password sent", "login-help.password pat@test.example");

        AuthFixture linkMode = new AuthFixture(LINK_MODE);
        User sam = linkMode.account("sam@test.example").getSuperUser();
        linkMode.loginHelp.request("sam@test.example", ACTOR);
        assertOnly(linkMode, CredentialEvent.LoginHelpSent.class, AuditAction.LOGIN_HELP_REQUESTED, "user:" + sam.getId(),
                "reset link sent", "login-help.link sam@test.example");
        String token = linkMode.lastMailValue("token");
        linkMode.forget();
        linkMode.passwords.resetWithLink(token, NEW_PASSWORD, NEW_PASSWORD, ACTOR);
        assertOnly(linkMode, CredentialEvent.PasswordChanged.class, AuditAction.PASSWORD_CHANGED, "user:" + sam.getId(),
                "with a reset link", "password.changed sam@test.example");
    }

    @Test
    void loginHelpForNobodyAndThrottled() {
        AuthFixture fixture = new AuthFixture();
        fixture.loginHelp.request("Nobody@Test.example", ACTOR);
        assertOnly(fixture, CredentialEvent.LoginHelpForNobody.class, AuditAction.LOGIN_HELP_REQUESTED, "nobody@test.example",
                "unknown or inactive address");
        for (int i = 1; i < fixture.policy.loginHelpPerAddressPerHour(); i++) {
            fixture.loginHelp.request("nobody@test.example", ACTOR);
        }
        fixture.forget();
        fixture.loginHelp.request("nobody@test.example", ACTOR);
        assertOnly(fixture, CredentialEvent.LoginHelpThrottled.class, AuditAction.LOGIN_HELP_THROTTLED, "nobody@test.example", null);
    }

    @Test
    void staffInvitedAgainAndAccepted() {
        AuthFixture fixture = new AuthFixture();
        StaffUserRepository staff = TestEntities.staff();
        StaffInvitations invitations = new StaffInvitations(staff, TestEntities.teams(TestEntities.team(1, Team.CLIENT_SUPPORT,
                "Client Support")), AuthFixture.HASHER, new PasswordPolicy(), fixture.events, TaskLock::new, fixture.clock);
        staff.add(new StaffUser("admin@fixture.example", "Ada Admin", "hash", List.of(StaffRole.ADMIN), List.of(), fixture.clock.instant()));
        long adminId = staff.findByEmail("admin@fixture.example").orElseThrow().getId();

        Caller.Staff admin = Callers.staff(adminId, StaffRole.ADMIN);
        long nia = invitations.invite(admin, "Nia New", "nia@fixture.example", List.of(StaffRole.AGENT), List.of(Team.CLIENT_SUPPORT));
        assertOnly(fixture, CredentialEvent.StaffInvited.class, admin, AuditAction.STAFF_INVITED, "staff:" + nia,
                "roles=[AGENT] teams=[" + Team.CLIENT_SUPPORT + "]", "staff.invitation nia@fixture.example");
        fixture.forget();
        invitations.resend(admin, new StaffId(nia));
        assertOnly(fixture, CredentialEvent.StaffInvited.class, admin, AuditAction.STAFF_INVITED, "staff:" + nia, "sent again",
                "staff.invitation nia@fixture.example");
        String token = fixture.lastMailValue("token");
        fixture.forget();
        invitations.accept(token, NEW_PASSWORD, NEW_PASSWORD, ACTOR);
        assertOnly(fixture, CredentialEvent.StaffInvitationAccepted.class, AuditAction.STAFF_INVITATION_ACCEPTED, "staff:" + nia,
                "password chosen");
    }

    @Test
    void firstAdminInvitedByMailOrShownToTheOperator() {
        for (boolean byMail : new boolean[] {true, false}) {
            AuthFixture fixture = new AuthFixture();
            StaffUserRepository staff = TestEntities.staff();
            StaffInvitations invitations = new StaffInvitations(staff, TestEntities.teams(), AuthFixture.HASHER, new PasswordPolicy(),
                    fixture.events, TaskLock::new, fixture.clock);
            invitations.inviteFirstAdmin("root@example.org", byMail);
            long root = staff.findByEmail("root@example.org").orElseThrow().getId();
            fixture.assertFired(CredentialEvent.FirstAdminInvited.class, new Caller.System("operator", "configuration"), AuditAction.STAFF_INVITED,
                    "staff:" + root, "first admin, from support.admin.first-email");
            assertEquals(1, fixture.events.fired.size(), "one event");
            assertEquals(byMail ? List.of("staff.first-admin root@example.org") : List.of(), fixture.mailed());
        }
    }

    private static void assertOnly(AuthFixture fixture, Class<? extends DomainEvent> kind, AuditAction action, String subject, String detail,
                                   String... mails) {
        assertOnly(fixture, kind, ACTOR, action, subject, detail, mails);
    }

    /** The audit line names {@code actor}: the signed-in member or staff user who acted. */
    private static void assertOnly(AuthFixture fixture, Class<? extends DomainEvent> kind, Caller actor, AuditAction action, String subject,
                                   String detail, String... mails) {
        fixture.assertFired(kind, actor, action, subject, detail);
        assertEquals(1, fixture.events.fired.size(), "one event");
        assertEquals(1, fixture.audit.size(), "one line");
        assertEquals(List.of(mails), fixture.mailed());
    }
}
