package io.supportcenter.web.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.Credential;

/** The member login page ({@code /login}). */
@Named
@RequestScoped
public class LoginBacking extends LoginForm {

    @Override
    protected Credential credential(String email, String password) {
        return new MemberCredential(email, password);
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
