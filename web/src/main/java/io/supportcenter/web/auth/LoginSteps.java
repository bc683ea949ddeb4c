package io.supportcenter.web.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Where the pages of a login read how it went: this request's {@link LoginResult} and what an earlier step left in
 * the session for them (nothing older than its few minutes).
 */
@RequestScoped
public class LoginSteps {

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

    /** What the login attempted in this request came to; empty when none was attempted. */
    public Optional<LoginResult> result() {
        return LoginResult.of(request);
    }

    /** The member whose right password may still be used for this purpose. */
    public Optional<PasswordChecked> passwordChecked(PasswordChecked.Purpose purpose) {
        return PasswordChecked.of(request.getSession(false), purpose, clock.instant());
    }

    public void forget(PasswordChecked.Purpose purpose) {
        PasswordChecked.clear(request.getSession(false), purpose);
    }

    /** The staff sign-in waiting for its second step. */
    Optional<PendingSecondFactor> secondFactor() {
        return PendingSecondFactor.of(request.getSession(false), clock.instant());
    }

    /** The recovery codes made at this sign-in, once: they leave the session as they are read. */
    List<String> takeNewRecoveryCodes() {
        return NewRecoveryCodes.take(request.getSession(false)).map(NewRecoveryCodes::codes).orElse(List.of());
    }
}
