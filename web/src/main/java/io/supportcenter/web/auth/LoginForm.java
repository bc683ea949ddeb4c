package io.supportcenter.web.auth;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The fields and action shared by the member and the staff login pages. The password is dropped
 * after each attempt; the email stays in the form.
 */
public abstract class LoginForm {

    @Inject
    LoginFlow flow;

    @NotBlank(message = "{login.email.required}")
    @Size(max = 254, message = "{login.email.too-long}")
    private String email;

    @NotBlank(message = "{login.password.required}")
    @Size(max = 256, message = "{login.password.too-long}")
    private String password;

    private String errorKey;

    protected abstract Credential credential(String email, String password);

    /** Where a successful login goes when no protected page was asked for first. */
    protected abstract String home();

    /** The paths this realm may return to after login. */
    protected abstract String realmPrefix();

    public void login() {
        errorKey = flow.login(credential(email, password), home(), realmPrefix()).orElse(null);
        password = null;
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
