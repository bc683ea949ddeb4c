package io.supportcenter.it.support;

import static io.supportcenter.it.support.PortalAssertions.describe;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;

/** Signed-in HTTP clients, logged in through the real login pages. */
public final class Logins {

    private Logins() {
    }

    public static PortalClient member(URL base, String email, String password) {
        PortalClient client = new PortalClient(base);
        HttpResponse<String> login = FacesForm.open(client, "/login", "login")
                .set("login:email", email).set("login:password", password).submit(client, "login:submit");
        assertTrue(PortalClient.isRedirect(login), () -> "member login of " + email + " failed: " + describe(login));
        return client;
    }

    public static PortalClient member(URL base, String email) {
        return member(base, email, Demo.PASSWORD);
    }

    /**
     * Signs a staff user in, with the second step if their sign-in asks for one: setting up the
     * authenticator the first time (supervisors and admins), a code from it afterwards.
     */
    public static PortalClient staff(URL base, String email) {
        PortalClient client = new PortalClient(base);
        HttpResponse<String> login = FacesForm.open(client, "/staff/login", "staffLogin")
                .set("staffLogin:email", email).set("staffLogin:password", Demo.PASSWORD).submit(client, "staffLogin:submit");
        assertTrue(PortalClient.isRedirect(login), () -> "staff login of " + email + " failed: " + describe(login));
        String next = PortalClient.redirectPath(login);
        if (next.equals("/staff/login/enrol")) {
            HttpResponse<String> enrol = client.follow(login);
            Authenticator.remember(email, Html.textOfId(enrol.body(), "totp-secret").orElseThrow());
            secondStep(client, email, enrol);
        } else if (next.equals("/staff/login/code")) {
            secondStep(client, email, client.follow(login));
        }
        return client;
    }

    private static void secondStep(PortalClient client, String email, HttpResponse<String> page) {
        HttpResponse<String> done = FacesForm.of(page, "code").set("code:value", Authenticator.freshCode(email))
                .submit(client, "code:submit");
        assertTrue(PortalClient.isRedirect(done), () -> "the second step of " + email + " failed: " + describe(done));
    }
}
