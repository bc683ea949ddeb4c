package io.supportcenter.web.auth;

import io.supportcenter.domain.auth.PassedCheck;
import io.supportcenter.web.shell.HumanCheck;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The fields and action shared by the member and the staff login pages. The password is dropped
 * after each attempt; the email stays in the form.
 */
public abstract class LoginForm {

    static final String PERSON_CHECK_NEEDED = "login.failed.person-check";

    @Inject
    LoginFlow flow;

    @Inject
    HumanCheck humanCheck;

    @Inject
    HttpServletRequest request;

    @NotBlank(message = "{login.email.required}")
    @Size(max = 254, message = "{login.email.too-long}")
    private String email;

    @NotBlank(message = "{login.password.required}")
    @Size(max = 256, message = "{login.password.too-long}")
    private String password;

    private String errorKey;
    private HumanCheck.Issued challenge;

    protected abstract Credential credential(String email, String password, PassedCheck personCheck);

    /** Where a successful login goes when no protected page was asked for first. */
    protected abstract String home();

    /** The paths this realm may return to after login. */
    protected abstract String realmPrefix();

    public void login() {
        PassedCheck check = humanCheck.verify(request.getParameter(HumanCheck.CHALLENGE_PARAMETER),
                request.getParameter(HumanCheck.ANSWER_PARAMETER)).orElse(null);
        errorKey = flow.login(credential(email, password, check), home(), realmPrefix()).orElse(null);
        password = null;
    }

    /** Whether the address failed too often and this form must carry a solved person check. */
    public boolean isPersonCheckAsked() {
        return PERSON_CHECK_NEEDED.equals(errorKey);
    }

    /** The challenge the widget is given (a new one each time the check is asked). */
    public String getChallengeJson() {
        return issued().json();
    }

    public String getChallengeId() {
        return issued().challenge();
    }

    public String getWidgetStrings() {
        return HumanCheck.widgetStrings();
    }

    private HumanCheck.Issued issued() {
        if (challenge == null) {
            challenge = humanCheck.issue();
        }
        return challenge;
    }

    public String getErrorKey() {
        return errorKey;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
