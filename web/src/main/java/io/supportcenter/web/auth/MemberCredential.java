package io.supportcenter.web.auth;

import io.supportcenter.domain.auth.PassedCheck;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.util.Optional;

/** Email and password typed on the member login page, with the person check solved with them, if one was. */
public class MemberCredential extends UsernamePasswordCredential {

    private final PassedCheck personCheck;

    public MemberCredential(String email, String password, PassedCheck personCheck) {
        super(email == null ? "" : email, new Password(password == null ? "" : password));
        this.personCheck = personCheck;
    }

    public Optional<PassedCheck> personCheck() {
        return Optional.ofNullable(personCheck);
    }
}
