package io.supportcenter.web.auth;

import io.supportcenter.domain.auth.PasswordPolicyException;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.auth.StaffInvitations;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;

/** The page a staff invitation opens ({@code /staff/welcome?token=…}): the invited user chooses a password. */
@Named
@ViewScoped
public class StaffWelcomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffInvitations invitations;

    @Inject
    HttpServletRequest request;

    private String token;
    private StaffInvitations.Invitation invitation;
    private String newPassword;
    private String confirmation;

    public void load() {
        invitation = invitations.check(token);
    }

    public void accept() throws IOException {
        try {
            invitations.accept(token, newPassword, confirmation, Clients.actor(request));
            Redirects.withInfo("staff.welcome.done", "/staff/login");
        } catch (PasswordPolicyException e) {
            PasswordProblems.show(e, "welcome:new", "welcome:confirmation");
        } catch (BusinessException e) {
            invitation = invitations.check(token);
            Texts.error(null, e.messageKey());
        } finally {
            newPassword = null;
            confirmation = null;
        }
    }

    public boolean isValid() {
        return invitation != null && invitation.state() == StaffInvitations.State.VALID;
    }

    public StaffInvitations.Invitation getInvitation() {
        return invitation;
    }

    public String getStateKey() {
        return invitation == null ? null : "staff.welcome.state." + invitation.state().name().toLowerCase();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
