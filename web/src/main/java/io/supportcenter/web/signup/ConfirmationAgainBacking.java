package io.supportcenter.web.signup;

import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.signup.PublisherSignUp;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.auth.LoginSteps;
import io.supportcenter.web.auth.PasswordChecked;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * On the login page, after the right password for an address not yet confirmed: sends the confirmation
 * link again, to that user only.
 */
@Named
@RequestScoped
public class ConfirmationAgainBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    PublisherSignUp signUp;

    @Inject
    HttpServletRequest request;

    @Inject
    LoginSteps steps;

    public boolean isOffered() {
        return pending().isPresent();
    }

    public void send() throws IOException {
        Optional<PasswordChecked> pending = pending();
        steps.forget(PasswordChecked.Purpose.EMAIL_CONFIRMATION);
        if (pending.isEmpty()) {
            Redirects.withInfo("signup.confirm.again-expired", "/login");
            return;
        }
        try {
            Texts.info("signup.confirm.sent-again", signUp.sendConfirmationAgain(pending.get().userId(), currentUser.caller()));
            Texts.keepForRedirect();
            Redirects.to("/login");
        } catch (BusinessException e) {
            Redirects.withInfo(e.messageKey(), "/login");
        }
    }

    private Optional<PasswordChecked> pending() {
        return steps.passwordChecked(PasswordChecked.Purpose.EMAIL_CONFIRMATION);
    }
}
