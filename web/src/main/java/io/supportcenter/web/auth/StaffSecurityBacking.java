package io.supportcenter.web.auth;

import io.supportcenter.domain.auth.SecondFactorState;
import io.supportcenter.domain.auth.StaffAuthenticationService;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.staff.StaffProfile;
import io.supportcenter.web.shell.Texts;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.cdi.ViewScoped;

/**
 * The staff user's sign-in security ({@code /staff/security}): whether the authenticator app is set
 * up, recovery codes left, new recovery codes shown once (right after setting up), and setting up
 * the app for those who may choose (agents and editors).
 */
@Named
@ViewScoped
public class StaffSecurityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffAuthenticationService staff;

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpServletRequest request;

    @Inject
    LoginSteps steps;

    private SecondFactorState state;
    private List<String> newRecoveryCodes = List.of();
    private String newSecret;
    private String code;

    /** View action: takes the recovery codes made at sign-in out of the session, so they show only once. */
    public void load() {
        newRecoveryCodes = steps.takeNewRecoveryCodes();
        state = staff.secondFactor(caller().staffId());
    }

    public void start() {
        newSecret = staff.newSecret();
    }

    public void confirm() {
        Optional<List<String>> codes = staff.enrol(caller().staffId(), newSecret, code, caller());
        code = null;
        if (codes.isEmpty()) {
            Texts.error("enrol:value", "staff.code.wrong");
            return;
        }
        newRecoveryCodes = codes.get();
        newSecret = null;
        state = staff.secondFactor(caller().staffId());
        Texts.info("staff.security.enrolled");
    }

    private Caller.Staff caller() {
        return currentUser.staffCaller();
    }

    public SecondFactorState getState() {
        return state;
    }

    public List<String> getNewRecoveryCodes() {
        return newRecoveryCodes;
    }

    public boolean isSettingUp() {
        return newSecret != null;
    }

    public String getSecret() {
        return newSecret == null ? "" : Authenticators.grouped(newSecret);
    }

    public String getQrCode() {
        return newSecret == null ? "" : QrCodes.svgDataUri(Authenticators.provisioningUri(
                currentUser.staffUser().map(StaffProfile::email).orElse(""), newSecret));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
