package io.supportcenter.web.auth;

import io.supportcenter.domain.auth.LoginOutcome;
import jakarta.servlet.ServletRequest;
import java.util.Optional;

/**
 * What one login attempt came to, as the {@link PortalAuthenticationMechanism} hands it back to the page that asked
 * for it: the outcome and what the person must do next, which names the page the browser goes to. It lives in one
 * request attribute and is read through {@link LoginSteps}; what a later page of the same login needs travels in the
 * session as {@link PasswordChecked}, {@link PendingSecondFactor} or {@link NewRecoveryCodes}, and nothing else.
 */
public record LoginResult(LoginOutcome outcome, Next next) {

    private static final String ATTRIBUTE = LoginResult.class.getName();

    /** What the person does after this attempt, and on which page. */
    public enum Next {
        /** Stays on the login page, which says why ({@link LoginResult#messageKey()}). */
        TRY_AGAIN(null),
        /** Goes on to the page first asked for, or else the realm's home. */
        CONTINUE(null),
        /** Signed in with a system password: chooses one of their own before anything else. */
        CHANGE_PASSWORD(SessionGuard.CHANGE_PASSWORD),
        /** Has just set up the authenticator app: notes the recovery codes, shown once. */
        NOTE_RECOVERY_CODES("/staff/security"),
        /** The password was right but the account is deactivated: reads what can be done. */
        SEE_ACCOUNT_STATUS("/account-status"),
        /** The password was right: gives the authenticator app's code (or a recovery code). */
        GIVE_CODE("/staff/login/code"),
        /** The password was right: sets up the authenticator app first. */
        SET_UP_AUTHENTICATOR("/staff/login/enrol");

        private final String page;

        Next(String page) {
            this.page = page;
        }

        /** The path this step happens on; empty where the login page itself decides (try again, or continue). */
        public Optional<String> page() {
            return Optional.ofNullable(page);
        }
    }

    static LoginResult failed(LoginOutcome outcome) {
        return new LoginResult(outcome, Next.TRY_AGAIN);
    }

    void keepIn(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    static Optional<LoginResult> of(ServletRequest request) {
        return Optional.ofNullable(request.getAttribute(ATTRIBUTE) instanceof LoginResult result ? result : null);
    }

    /** The message the login page shows for a failed attempt. */
    public String messageKey() {
        return switch (outcome) {
            case ACCOUNT_DEACTIVATED -> "login.failed.deactivated";
            case USER_DISABLED -> "login.failed.disabled";
            case EMAIL_NOT_CONFIRMED -> "login.failed.email-not-confirmed";
            case LOCKED -> "login.failed.locked";
            case PERSON_CHECK_NEEDED -> LoginForm.PERSON_CHECK_NEEDED;
            case ONE_TIME_PASSWORD_EXPIRED -> "login.failed.one-time-expired";
            case ONE_TIME_PASSWORD_USED -> "login.failed.one-time-used";
            case SECOND_STEP_EXPIRED -> "staff.code.expired";
            default -> "login.failed.invalid";
        };
    }
}
