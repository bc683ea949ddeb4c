package io.supportcenter.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.auth.LoginHelpOutcome;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.policy.Policy;
import io.supportcenter.domain.policy.PolicyValues;
import java.lang.reflect.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which answer Login Help shows, in the revealing (seed) mode and in the neutral mode. */
class LoginHelpBackingTest {

    private static LoginHelpBacking answered(LoginHelpOutcome outcome, boolean reveal, boolean link) throws Exception {
        LoginHelpBacking backing = new LoginHelpBacking();
        PolicyValues values = PolicyValues.of(Map.of(Policy.LOGIN_HELP_REVEAL_UNKNOWN, String.valueOf(reveal),
                Policy.LOGIN_HELP_MODE, link ? "link" : "password"));
        backing.policies = new Policies() {
            @Override
            public PolicyValues now() {
                return values;
            }
        };
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

    @Test
    void onlyARequestThatWentThroughGivesTheFormWayToWhatHappensNext() throws Exception {
        assertTrue(answered(LoginHelpOutcome.SENT, true, false).isDone());
        assertTrue(answered(LoginHelpOutcome.UNKNOWN_ADDRESS, false, false).isDone(), "the neutral answer looks the same for every address");
        assertFalse(answered(LoginHelpOutcome.UNKNOWN_ADDRESS, true, false).isDone(), "an unknown address may be typed again");
        assertFalse(answered(LoginHelpOutcome.THROTTLED, true, false).isDone());
        assertFalse(answered(null, true, false).isDone(), "nothing asked yet");
    }
}
