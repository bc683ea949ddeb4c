package io.supportcenter.web.auth;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** Email and password typed on the member login page. */
public class MemberCredential extends UsernamePasswordCredential {

    public MemberCredential(String email, String password) {
        super(email == null ? "" : email, new Password(password == null ? "" : password));
    }
}
