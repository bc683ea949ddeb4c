package io.supportcenter.domain.administration;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.UserSettings;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.audit.AuditEvent;
import io.supportcenter.domain.auth.LoginEvent;
import io.supportcenter.domain.identity.UserId;
import io.supportcenter.domain.shared.DomainEvent;
import io.supportcenter.domain.support.AuthFixture;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static io.supportcenter.domain.support.AuthFixture.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each kind of {@link AdministrationEvent}, fired by the use case that makes it: the line the audit
 * log writes for it (naming the SuperUser who acted) and the mails the outbox keeps, read from their stores.
 */
class AdministrationEventsTest {

    private final AuthFixture fixture = new AuthFixture();
    private final Account account = fixture.account("pat@test.example");
    private final long pat = account.getSuperUser().getId();
    private String key;
    private long sam;

    @BeforeEach
    void openTheGateAndAddSam() {
        key = fixture.admin.unlock(fixture.member(pat), PASSWORD).key();
        fixture.admin.addUser(fixture.member(pat), key, settings("sam@test.example"));
        sam = fixture.users.findByEmail("sam@test.example").orElseThrow().getId();
        fixture.forget();
    }

    @Test
    void gatePassed() {
        fixture.admin.unlock(fixture.member(pat), PASSWORD);
        assertHappened(AdministrationEvent.GatePassed.class, AuditAction.SUPERUSER_GATE_PASSED, "account:" + account.getNumber(), null);
        assertMails();
    }

    @Test
    void gateRefused() {
        fixture.admin.unlock(fixture.member(pat), "not-the-password");
        fixture.assertFired(AdministrationEvent.GateRefused.class, fixture.member(pat), AuditAction.SUPERUSER_GATE_FAILED, "account:" + account.getNumber(), null);
        assertEquals(List.of(AdministrationEvent.GateRefused.class, LoginEvent.Failed.class),
                fixture.events.fired.stream().map(Object::getClass).toList(), "and the failure counts toward the login lock");
        assertEquals(List.of(AuditAction.SUPERUSER_GATE_FAILED, AuditAction.LOGIN_FAILED),
                fixture.audit.stream().map(AuditEvent::getAction).toList());
        assertMails();
    }

    @Test
    void userAdded() {
        fixture.admin.addUser(fixture.member(pat), key, settings("kim@test.example"));
        assertHappened(AdministrationEvent.UserAdded.class, AuditAction.USER_ADDED, "kim@test.example", "account:" + account.getNumber());
        assertMails("user.invited kim@test.example");
        assertEquals(Long.toString(fixture.policy.oneTimeSecretValidity().toMinutes()), fixture.lastMailValue("minutes"));
    }

    @Test
    void userUpdated() {
        fixture.admin.updateSettings(fixture.member(pat), key, new UserId(sam), settings("sam@test.example"));
        assertHappened(AdministrationEvent.UserUpdated.class, AuditAction.USER_UPDATED, "user:" + sam, "settings");
        assertMails("user.changed sam@test.example");
    }

    @Test
    void userUpdatedWithANewAddressTellsTheOldOneToo() {
        fixture.admin.updateSettings(fixture.member(pat), key, new UserId(sam), settings("samuel@test.example"));
        assertHappened(AdministrationEvent.UserUpdated.class, AuditAction.USER_UPDATED, "user:" + sam,
                "email sam@test.example -> samuel@test.example");
        assertMails("user.changed samuel@test.example", "user.changed sam@test.example");
    }

    @Test
    void passwordSet() {
        fixture.admin.setPassword(fixture.member(pat), key, new UserId(sam), "Quiet-Lantern-Orbit-93", "Quiet-Lantern-Orbit-93");
        assertHappened(AdministrationEvent.PasswordSet.class, AuditAction.PASSWORD_CHANGED, "user:" + sam, "by the SuperUser");
        assertMails("user.password-set sam@test.example");
    }

    @Test
    void passwordReset() {
        fixture.admin.resetPassword(fixture.member(pat), key, new UserId(sam));
        assertHappened(AdministrationEvent.PasswordReset.class, AuditAction.USER_PASSWORD_RESET, "user:" + sam, null);
        assertMails("user.password-reset sam@test.example");
    }

    @Test
    void userDisabledAndEnabled() {
        fixture.admin.disableUser(fixture.member(pat), key, new UserId(sam));
        assertHappened(AdministrationEvent.UserDisabled.class, AuditAction.USER_DISABLED, "user:" + sam, null);
        assertMails("user.disabled sam@test.example");
        fixture.forget();

        fixture.admin.enableUser(fixture.member(pat), key, new UserId(sam));
        assertHappened(AdministrationEvent.UserEnabled.class, AuditAction.USER_ENABLED, "user:" + sam, null);
        assertMails("user.enabled sam@test.example");
    }

    @Test
    void userRemoved() {
        fixture.admin.removeUser(fixture.member(pat), key, new UserId(sam));
        assertHappened(AdministrationEvent.UserRemoved.class, AuditAction.USER_REMOVED, "sam@test.example", "account:" + account.getNumber());
        assertMails("user.removed sam@test.example");
    }

    @Test
    void superUserTransferred() {
        fixture.admin.transferSuperUser(fixture.member(pat), key, new UserId(sam));
        assertHappened(AdministrationEvent.SuperUserTransferred.class, AuditAction.SUPERUSER_TRANSFERRED, "account:" + account.getNumber(),
                "user:" + pat + " -> user:" + sam);
        assertMails("superuser.given sam@test.example", "superuser.taken pat@test.example");
    }

    private void assertHappened(Class<? extends DomainEvent> kind, AuditAction action, String subject, String detail) {
        fixture.assertFired(kind, fixture.member(pat), action, subject, detail);
        assertEquals(1, fixture.events.fired.size(), "one event");
        assertEquals(1, fixture.audit.size(), "one line");
    }

    private void assertMails(String... templateAndRecipient) {
        assertEquals(List.of(templateAndRecipient), fixture.mailed());
    }

    private static UserSettings settings(String email) {
        return new UserSettings("Name of " + email, email, Locale.ENGLISH, ZoneId.of("Europe/Berlin"));
    }
}
