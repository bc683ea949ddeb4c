package io.supportcenter.web.auth;

import io.supportcenter.domain.auth.PasswordPolicyException;
import io.supportcenter.domain.auth.PasswordService;
import io.supportcenter.domain.auth.PasswordService.LinkState;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The page a Login Help reset link opens ({@code /login-help/reset?token=…}, link mode). */
@Named
@RequestScoped
public class ResetWithLinkBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    PasswordService passwords;

    @Inject
    HttpServletRequest request;

    private String token;
    private LinkState state;
    private String newPassword;
    private String confirmation;

    /**
     * The link's token, from the address when the page opens and from the form's hidden field when it is
     * sent: the page keeps no state between the two (no session before login).
     */
    @PostConstruct
    void readToken() {
        token = request.getParameter("token");
    }

    private LinkState state() {
        if (state == null) {
            state = passwords.checkLink(token);
        }
        return state;
    }

    public void reset() throws IOException {
        try {
            passwords.resetWithLink(token, newPassword, confirmation, currentUser.caller());
            Redirects.withInfo("login-help.link.done", "/login");
        } catch (PasswordPolicyException e) {
            PasswordProblems.show(e, "reset:new", "reset:confirmation");
        } catch (BusinessException e) {
            state = passwords.checkLink(token);
            Texts.error(null, e.messageKey());
        } finally {
            newPassword = null;
            confirmation = null;
        }
    }

    public boolean isValid() {
        return state() == LinkState.VALID;
    }

    public String getStateKey() {
        return "login-help.link.state." + state().name().toLowerCase();
    }

    public String getToken() {
        return token;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
