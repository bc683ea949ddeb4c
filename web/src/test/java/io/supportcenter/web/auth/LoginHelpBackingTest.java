package io.supportcenter.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.auth.AuthPolicy;
import io.supportcenter.domain.auth.LockPolicy;
import io.supportcenter.domain.auth.LoginHelpOutcome;
import java.lang.reflect.Field;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which answer Login Help shows, in the revealing (seed) mode and in the neutral mode. */
class LoginHelpBackingTest {

    private static LoginHelpBacking answered(LoginHelpOutcome outcome, boolean reveal, boolean link) throws Exception {
        LoginHelpBacking backing = new LoginHelpBacking();
        backing.policy = new AuthPolicy(LockPolicy.defaults(), Duration.ofMinutes(60), 5, 20, reveal, link);
        Field field = LoginHelpBacking.class.getDeclaredField("outcome");
        field.setAccessible(true);
        field.set(backing, outcome);
        return backing;
    }

    @Test
    void theSeedModeTellsAnUnknownAddressApartAndShowsTheSupportLine() throws Exception {
        assertEquals("login-help.result.sent", answered(LoginHelpOutcome.SENT, true, false).getResultKey());
        LoginHelpBacking unknown = answered(LoginHelpOutcome.UNKNOWN_ADDRESS, true, false);
        assertEquals("login-help.result.unknown", unknown.getResultKey());
        assertTrue(unknown.isProblem());
    }

    @Test
    void theNeutralModeGivesKnownAndUnknownAddressesTheSameAnswer() throws Exception {
        LoginHelpBacking known = answered(LoginHelpOutcome.SENT, false, false);
        LoginHelpBacking unknown = answered(LoginHelpOutcome.UNKNOWN_ADDRESS, false, false);
        assertEquals(known.getResultKey(), unknown.getResultKey());
        assertEquals(known.isProblem(), unknown.isProblem());
        assertFalse(unknown.isProblem());
        assertEquals("login-help.result.neutral-link", answered(LoginHelpOutcome.UNKNOWN_ADDRESS, false, true).getResultKey());
    }

    @Test
    void throttlingIsToldInEitherModeAndNothingBeforeARequest() throws Exception {
        assertEquals("login-help.result.throttled", answered(LoginHelpOutcome.THROTTLED, false, false).getResultKey());
        assertEquals("login-help.result.throttled", answered(LoginHelpOutcome.THROTTLED, true, false).getResultKey());
        assertNull(answered(null, true, false).getResultKey());
    }
}
