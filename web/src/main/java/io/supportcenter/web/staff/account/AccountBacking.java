package io.supportcenter.web.staff.account;

import io.supportcenter.domain.account.AccountStatus;
import io.supportcenter.domain.auth.LoginHelpOutcome;
import io.supportcenter.domain.console.AccountFile;
import io.supportcenter.domain.console.AccountTools;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.identity.UserId;
import io.supportcenter.domain.inquiry.InquiryViews;
import io.supportcenter.domain.inquiry.StaffInquiryService;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * {@code /staff/accounts/{number}}: an account with its users, status history and latest inquiries,
 * and the tools on it. The buttons shown follow the role; the service checks the role again.
 */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int INQUIRIES_SHOWN = 20;

    @Inject
    AccountTools tools;

    @Inject
    StaffInquiryService inquiries;

    @Inject
    CurrentUser currentUser;


    private String number;
    private AccountFile account;
    private List<InquiryViews.Summary> accountInquiries = List.of();
    private String reason;

    public void load() throws IOException {
        account = number == null ? null : tools.account(caller(), number).orElse(null);
        if (account == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        accountInquiries = inquiries.ofAccount(caller(), account.id(), INQUIRIES_SHOWN);
    }

    public void reactivate() throws IOException {
        run(() -> tools.reactivate(caller(), number), "console.account.reactivated", null);
    }

    public void close() throws IOException {
        run(() -> tools.closeForCompliance(caller(), number, reason), "console.account.closed", "close:reason");
    }

    /** Sends the Login Help email; says so when nothing was sent (limit reached, user disabled, account inactive). */
    public void sendLoginHelp(long userId) throws IOException {
        LoginHelpOutcome outcome;
        try {
            outcome = tools.sendLoginHelp(caller(), number, new UserId(userId));
        } catch (BusinessException e) {
            Texts.error(null, e.messageKey(), e.arguments().toArray());
            return;
        }
        switch (outcome) {
            case THROTTLED -> Texts.error(null, "console.user.login-help-throttled");
            case UNKNOWN_ADDRESS -> Texts.error(null, "console.user.login-help-not-sent");
            default -> done("console.user.login-help-sent");
        }
    }

    public void clearLock(long userId) throws IOException {
        run(() -> tools.clearLock(caller(), number, new UserId(userId)), "console.user.lock-cleared", null);
    }

    public void endSessions(long userId) throws IOException {
        run(() -> tools.endSessions(caller(), number, new UserId(userId)), "console.user.sessions-ended", null);
    }

    /** Runs one tool; a refusal shows next to {@code field} (or for the page); success redirects (a refresh repeats nothing). */
    private void run(Runnable action, String doneKey, String field) throws IOException {
        try {
            action.run();
        } catch (BusinessException e) {
            Texts.error(field, e.messageKey(), e.arguments().toArray());
            return;
        }
        done(doneKey);
    }

    private void done(String doneKey) throws IOException {
        Redirects.withInfo(doneKey, "/staff/accounts/" + number);
    }

    private Caller.Staff caller() {
        return currentUser.staffCaller();
    }

    private boolean hasRole(StaffRole role) {
        return currentUser.staffUser().map(profile -> profile.roles().contains(role)).orElse(false);
    }

    public boolean isMayReactivate() {
        return account != null && account.status() == AccountStatus.DEACTIVATED_DORMANT
                && currentUser.staffUser().map(profile -> StaffRole.overseesAllTeams(profile.roles())).orElse(false);
    }

    public boolean isMayClose() {
        return account != null && account.status() != AccountStatus.DEACTIVATED_COMPLIANCE
                && hasRole(StaffRole.ADMIN);
    }

    public AccountFile getAccount() {
        return account;
    }

    public List<InquiryViews.Summary> getInquiries() {
        return accountInquiries;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
