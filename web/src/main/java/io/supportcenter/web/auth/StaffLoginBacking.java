package io.supportcenter.web.auth;

import io.supportcenter.domain.auth.PassedCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.Credential;

/** The staff login page ({@code /staff/login}). */
@Named
@RequestScoped
public class StaffLoginBacking extends LoginForm {

    @Override
    protected Credential credential(String email, String password, PassedCheck personCheck) {
        return new StaffCredential(email, password, personCheck);
    }

    @Override
    protected String home() {
        return "/staff/queues";
    }

    @Override
    protected String realmPrefix() {
        return "/staff/";
    }
}
