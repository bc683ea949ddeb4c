package io.supportcenter.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.auth.LoginOutcome;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** What a login's result tells the login page: a message the bundle has for every failure, and where each step goes. */
class LoginResultTest {

    @Test
    void everyFailureHasAMessageInTheBundle() {
        ResourceBundle bundle = ResourceBundle.getBundle("io.supportcenter.web.i18n.Messages", Locale.ENGLISH);
        for (LoginOutcome outcome : LoginOutcome.values()) {
            String key = LoginResult.failed(outcome).messageKey();
            assertTrue(bundle.containsKey(key), outcome + " -> " + key);
        }
        assertEquals("login.failed.invalid", LoginResult.failed(LoginOutcome.INVALID_CREDENTIALS).messageKey());
        assertEquals("staff.code.expired", LoginResult.failed(LoginOutcome.SECOND_STEP_EXPIRED).messageKey());
    }

    @Test
    void theStepsWithAPageOfTheirOwnNameIt() {
        assertTrue(LoginResult.Next.TRY_AGAIN.page().isEmpty());
        assertTrue(LoginResult.Next.CONTINUE.page().isEmpty());
        assertEquals("/account/password", LoginResult.Next.CHANGE_PASSWORD.page().orElseThrow());
        assertEquals("/staff/security", LoginResult.Next.NOTE_RECOVERY_CODES.page().orElseThrow());
        assertEquals("/account-status", LoginResult.Next.SEE_ACCOUNT_STATUS.page().orElseThrow());
        assertEquals("/staff/login/code", LoginResult.Next.GIVE_CODE.page().orElseThrow());
        assertEquals("/staff/login/enrol", LoginResult.Next.SET_UP_AUTHENTICATOR.page().orElseThrow());
    }
}
