package io.supportcenter.web.lifecycle;

import io.supportcenter.domain.lifecycle.Reactivation;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.auth.LoginSteps;
import io.supportcenter.web.auth.PasswordChecked;
import io.supportcenter.web.auth.ReactivatedCredential;
import io.supportcenter.web.shell.Moments;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.omnifaces.cdi.ViewScoped;

/**
 * {@code /account-status}: shown after the right password for a deactivated account (never before).
 * Explains the account's situation; within 180 days of a dormancy deactivation, one button reactivates
 * it and continues to the Support Center.
 */
@Named
@ViewScoped
public class AccountStatusBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Moments moments;

    @Inject
    Reactivation reactivation;

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    @Inject
    LoginSteps steps;

    @Inject
    Policies policies;

    private Reactivation.Situation situation;

    /** View action: without a password checked moments ago there is nothing to explain. */
    public void load() throws IOException {
        Optional<PasswordChecked> pending = steps.passwordChecked(PasswordChecked.Purpose.REACTIVATION);
        if (pending.isEmpty()) {
            Redirects.to("/login");
            return;
        }
        situation = reactivation.situation(pending.get().userId());
    }

    public void reactivate() throws IOException {
        Optional<PasswordChecked> pending = steps.passwordChecked(PasswordChecked.Purpose.REACTIVATION);
        if (pending.isEmpty()) {
            Redirects.withInfo("account-status.expired", "/login");
            return;
        }
        try {
            reactivation.reactivateSelf(pending.get().userId(), currentUser.caller());
        } catch (BusinessException e) {
            situation = reactivation.situation(pending.get().userId());
            Texts.error(null, e.messageKey());
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) faces.getExternalContext().getResponse(),
                AuthenticationParameters.withParams().credential(new ReactivatedCredential()).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            Redirects.withInfo("account-status.reactivated", "/support/home");
        } else {
            Redirects.withInfo("account-status.reactivated-login", "/login");
        }
    }

    /** The day the account was deactivated, in the business calendar's zone (the visitor is not signed in). */
    public String getDeactivatedOn() {
        return day(situation.deactivatedAt());
    }

    public String getSelfServiceUntil() {
        return day(situation.selfServiceUntil());
    }

    private String day(Instant moment) {
        if (moment == null) {
            return "";
        }
        return moments.day(moment);
    }

    public Reactivation.Situation getSituation() {
        return situation;
    }

    /** The situation's kind, which names the page's heading (SELF_SERVICE, SUPPORT_ONLY, CLOSED). */
    public String getKind() {
        return situation == null ? "" : situation.kind().name();
    }

    public boolean isSelfService() {
        return situation != null && situation.kind() == Reactivation.Kind.SELF_SERVICE;
    }

    public boolean isSupportOnly() {
        return situation != null && situation.kind() == Reactivation.Kind.SUPPORT_ONLY;
    }

    public boolean isClosed() {
        return situation != null && situation.kind() == Reactivation.Kind.CLOSED;
    }
}
