package io.supportcenter.web.auth;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** Email and password typed on the staff login page. */
public class StaffCredential extends UsernamePasswordCredential {

    public StaffCredential(String email, String password) {
        super(email == null ? "" : email, new Password(password == null ? "" : password));
    }
}
