package io.supportcenter.web.auth;

import io.supportcenter.domain.auth.PassedCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.Credential;

/** The member login page ({@code /login}). */
@Named
@RequestScoped
public class LoginBacking extends LoginForm {

    @Override
    protected Credential credential(String email, String password, PassedCheck personCheck) {
        return new MemberCredential(email, password, personCheck);
    }

    @Override
    protected String home() {
        return "/support/home";
    }

    @Override
    protected String realmPrefix() {
        return "/";
    }
}
