package io.supportcenter.domain.auth;

import static io.supportcenter.domain.support.AuthFixture.ACTOR;
import static io.supportcenter.domain.support.AuthFixture.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.audit.AuditEvent;
import io.supportcenter.domain.support.AuthFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each kind of {@link LoginEvent} a member's login fires, through the login itself: the lines the
 * audit log writes (a login mails nobody).
 */
class LoginEventsTest {

    private final AuthFixture fixture = new AuthFixture();
    private final Account account = fixture.account("pat@test.example");
    private final String pat = "user:" + account.getSuperUser().getId();
    private final String key = LoginGuard.memberKey("pat@test.example");

    @Test
    void succeeded() {
        fixture.login("pat@test.example", PASSWORD);
        assertLines(List.of(LoginEvent.Succeeded.class), AuditAction.LOGIN_SUCCEEDED + " " + pat + " member");
    }

    @Test
    void failedAndThenLocked() {
        int max = fixture.policy.lock().maxFailures();
        for (int i = 1; i < max; i++) {
            fixture.login("pat@test.example", "wrong-horse-" + i);
            fixture.clock.advance(Duration.ofSeconds(20));
        }
        fixture.forget();
        fixture.login("pat@test.example", "wrong-horse-" + max);
        assertEquals(List.of(LoginEvent.Failed.class, LoginEvent.Locked.class), kinds());
        assertEquals(List.of(AuditAction.LOGIN_FAILED + " " + key + " failures=" + max + " from this client, " + max + " in all",
                AuditAction.LOGIN_LOCKED + " " + key + " this client locked for " + ((LoginEvent.Locked) fixture.events.fired.get(1))
                        .lockedFor().toSeconds() + " s"), lines());
        fixture.forget();
        fixture.guard.clear(key, ACTOR);
        assertLines(List.of(LoginEvent.LockCleared.class), AuditAction.LOGIN_LOCK_CLEARED + " " + key + " null");
    }

    @Test
    void refusedInactive() {
        account.deactivateForCompliance(fixture.clock.instant(), "chargebacks");
        fixture.forget();
        fixture.login("pat@test.example", PASSWORD);
        assertLines(List.of(LoginEvent.RefusedInactive.class), AuditAction.LOGIN_REFUSED_INACTIVE + " " + pat + " ACCOUNT_DEACTIVATED");
    }

    @Test
    void temporaryPasswordUsed() {
        fixture.loginHelp.request("pat@test.example", ACTOR);
        String password = fixture.lastMailValue("password");
        fixture.forget();
        fixture.login("pat@test.example", password);
        assertLines(List.of(LoginEvent.Succeeded.class, LoginEvent.TemporaryPasswordUsed.class),
                AuditAction.LOGIN_SUCCEEDED + " " + pat + " member", AuditAction.TEMPORARY_PASSWORD_USED + " " + pat + " null");
    }

    private void assertLines(List<Class<?>> kinds, String... lines) {
        assertEquals(kinds, kinds());
        assertEquals(List.of(lines), lines());
        assertEquals(List.of(), fixture.mailed());
        fixture.audit.forEach(line -> assertEquals(List.of(ACTOR.id(), ACTOR.clientAddress()), List.of(line.getActor(),
                line.getClientAddress())));
    }

    private List<Class<?>> kinds() {
        return fixture.events.fired.stream().<Class<?>>map(Object::getClass).toList();
    }

    private List<String> lines() {
        return fixture.audit.stream().map(LoginEventsTest::line).toList();
    }

    private static String line(AuditEvent event) {
        return event.getAction() + " " + event.getSubject() + " " + event.getDetail();
    }
}
