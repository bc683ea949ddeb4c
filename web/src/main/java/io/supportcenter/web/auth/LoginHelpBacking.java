package io.supportcenter.web.auth;

import io.supportcenter.domain.auth.LoginHelpOutcome;
import io.supportcenter.domain.auth.LoginHelpService;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.web.mail.MailSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Login Help ({@code /login-help}). Whether an unknown address is told apart from a known one is
 * the operator's choice ({@code support.login-help.reveal-unknown}); throttling is told either way. A request that went
 * through replaces the form with what happens next, naming the sender ({@code support.mail.from}) to look for.
 */
@Named
@RequestScoped
public class LoginHelpBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    LoginHelpService loginHelp;

    @Inject
    Policies policies;

    @Inject
    HttpServletRequest request;

    @Inject
    MailSettings mail;

    @NotBlank(message = "{login.email.required}")
    @Email(message = "{validation.email.invalid}")
    @Size(max = 254, message = "{login.email.too-long}")
    private String email;

    private LoginHelpOutcome outcome;

    public void submit() {
        outcome = loginHelp.request(email, currentUser.caller());
    }

    /** The bundle key of the answer to show, or null before a request. */
    public String getResultKey() {
        if (outcome == null) {
            return null;
        }
        if (outcome == LoginHelpOutcome.THROTTLED) {
            return "login-help.result.throttled";
        }
        if (!policies.now().auth().revealUnknownAddress()) {
            return policies.now().auth().loginHelpSendsLink() ? "login-help.result.neutral-link" : "login-help.result.neutral";
        }
        if (outcome == LoginHelpOutcome.UNKNOWN_ADDRESS) {
            return "login-help.result.unknown";
        }
        return policies.now().auth().loginHelpSendsLink() ? "login-help.result.sent-link" : "login-help.result.sent";
    }

    public boolean isProblem() {
        return outcome == LoginHelpOutcome.THROTTLED
                || (outcome == LoginHelpOutcome.UNKNOWN_ADDRESS && policies.now().auth().revealUnknownAddress());
    }

    /** Whether the request went through: the page then shows what happens next instead of the form. */
    public boolean isDone() {
        return outcome != null && !isProblem();
    }

    public String getSenderAddress() {
        return mail.senderAddress();
    }

    public long getMinutes() {
        return policies.now().auth().oneTimeSecretValidity().toMinutes();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** Whether Login Help emails a reset link ({@code support.login-help.mode=link}) rather than a system password. */
    public boolean isSendsLink() {
        return policies.now().auth().loginHelpSendsLink();
    }
}
