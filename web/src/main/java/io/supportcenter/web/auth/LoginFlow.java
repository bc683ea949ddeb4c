package io.supportcenter.web.auth;

import io.supportcenter.web.shell.Redirects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * What both login pages do: hand the credential to Jakarta Security, then either go on to the page
 * the user first asked for (only a path of this application, never another site) or report why not.
 */
@ApplicationScoped
public class LoginFlow {

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginSteps steps;

    /** @return the message key to show when the login failed; empty when the browser was redirected */
    public Optional<String> login(Credential credential, String home, String realmPrefix) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return Optional.empty();
        }
        Optional<LoginResult> result = steps.result();
        if (status != AuthenticationStatus.SUCCESS) {
            return Optional.of(result.map(LoginResult::messageKey).orElse("login.failed.invalid"));
        }
        String asked = ReturnTo.take(request, response).filter(path -> isSafe(path, realmPrefix)).orElse(home);
        String target = result.flatMap(r -> r.next().page()).orElse(asked);
        try {
            Redirects.to(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.empty();
    }

    static boolean isSafe(String path, String realmPrefix) {
        return path.startsWith(realmPrefix) && !path.startsWith("//") && !path.contains("\\") && !path.contains("://");
    }
}
