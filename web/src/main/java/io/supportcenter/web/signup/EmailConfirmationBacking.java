package io.supportcenter.web.signup;

import io.supportcenter.domain.signup.EmailConfirmation;
import io.supportcenter.domain.signup.PublisherSignUp;
import io.supportcenter.web.auth.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /signup/confirm?token=…}, the link in the sign-up email: opening it confirms the address, after
 * which the user logs in as usual. A used, replaced or old link says what to do instead.
 */
@Named
@RequestScoped
public class EmailConfirmationBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    PublisherSignUp signUp;


    private String token;
    private EmailConfirmation result;

    /** The page's view action: the link is followed once per request. */
    public void confirm() {
        result = signUp.confirm(token, currentUser.caller());
    }

    public String getState() {
        return result == null ? EmailConfirmation.State.UNKNOWN.name() : result.state().name();
    }

    public String getEmail() {
        return result == null ? null : result.email();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
