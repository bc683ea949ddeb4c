package io.supportcenter.web.auth;

import io.supportcenter.domain.account.MemberProfileService;
import io.supportcenter.domain.account.SignedInMember;
import io.supportcenter.domain.auth.PasswordPolicyException;
import io.supportcenter.domain.auth.PasswordService;
import io.supportcenter.domain.auth.PasswordService.WrongCurrentPasswordException;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Change own password ({@code /account/password}): the current password and the new one twice.
 * Right after a login with a system password the current password is not asked again, and nothing
 * else can be opened until a password of the user's own is set.
 */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @Inject
    PasswordService passwords;

    @Inject
    MemberProfileService members;

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpServletRequest request;

    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private boolean forced;

    @PostConstruct
    void init() {
        forced = currentUser.member().flatMap(member -> members.signedIn(member.userId()))
                .map(SignedInMember::mustChangePassword).orElse(false);
    }

    public void change() throws IOException {
        try {
            int version = passwords.changeOwnPassword(currentUser.memberCaller(), currentPassword, newPassword, confirmation);
            SessionGuard.admitted(request.getSession(), version);
            Redirects.withInfo("password.changed", (forced ? "/support/home" : "/account/password"));
        } catch (WrongCurrentPasswordException e) {
            Texts.error("password:current", e.messageKey());
        } catch (PasswordPolicyException e) {
            PasswordProblems.show(e, "password:new", "password:confirmation");
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
    }

    public boolean isForced() {
        return forced;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
