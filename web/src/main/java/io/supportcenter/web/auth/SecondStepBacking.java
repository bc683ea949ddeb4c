package io.supportcenter.web.auth;

import io.supportcenter.domain.auth.SecondStep;
import io.supportcenter.web.shell.Redirects;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Optional;

/**
 * The second step of a staff sign-in: {@code /staff/login/code} (a code from the authenticator app or
 * a recovery code) and {@code /staff/login/enrol} (supervisors and admins set up the app first: scan
 * the QR code or type the secret, then confirm with the first code). Without a pending sign-in
 * (none, or older than ten minutes) both pages send the browser back to the password step.
 */
@Named
@RequestScoped
public class SecondStepBacking {

    @Inject
    LoginFlow flow;

    @Inject
    LoginSteps steps;

    @NotBlank(message = "{staff.code.required}")
    @Size(max = 20, message = "{staff.code.wrong}")
    private String code;

    private String errorKey;

    /** View action of both pages: the page must match the step owed. */
    public void requireCode() throws IOException {
        require(SecondStep.CODE);
    }

    public void requireEnrolment() throws IOException {
        require(SecondStep.ENROL);
    }

    private void require(SecondStep step) throws IOException {
        if (pending().filter(p -> p.step() == step).isEmpty()) {
            Redirects.to("/staff/login?expired=true");
        }
    }

    public void verify() {
        Optional<String> failure = flow.login(new SecondFactorCredential(code), "/staff/queues", "/staff/");
        code = null;
        errorKey = failure.map(key -> key.equals("login.failed.invalid") ? "staff.code.wrong" : key).orElse(null);
    }

    private Optional<PendingSecondFactor> pending() {
        return steps.secondFactor();
    }

    public String getEmail() {
        return pending().map(PendingSecondFactor::email).orElse("");
    }

    /** The new secret in groups of four, easier to type into an app than to read in one run. */
    public String getSecret() {
        return pending().map(PendingSecondFactor::newSecret).map(Authenticators::grouped).orElse("");
    }

    public String getQrCode() {
        return pending().filter(p -> p.newSecret() != null)
                .map(p -> QrCodes.svgDataUri(Authenticators.provisioningUri(p.email(), p.newSecret()))).orElse("");
    }

    public String getErrorKey() {
        return errorKey;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
