package io.supportcenter.it.support;

import static io.supportcenter.it.support.PortalAssertions.describe;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
     * Staff users who sign in with a code, kept signed in per portal: the authenticator takes each 30-second
     * step's code once (three steps at most at a time), so signing in afresh for every test would make the
     * fourth sign-in within 30 s wait for the next step. A person stays signed in, too.
     */
    private static final Map<String, PortalClient> SIGNED_IN_WITH_CODE = new ConcurrentHashMap<>();

    /**
     * A client signed in as this staff user, with the second step if their sign-in asks for one: setting up
     * the authenticator the first time (supervisors and admins), a code from it afterwards. For a user with
     * a second step, the session of an earlier call is handed out again while it is still signed in.
     */
    public static PortalClient staff(URL base, String email) {
        String key = base.getPort() + " " + email;
        PortalClient kept = SIGNED_IN_WITH_CODE.get(key);
        if (kept != null && kept.get("/staff/security").statusCode() == 200) {
            return kept;
        }
        PortalClient client = new PortalClient(base);
        HttpResponse<String> login = FacesForm.open(client, "/staff/login", "staffLogin")
                .set("staffLogin:email", email).set("staffLogin:password", Demo.PASSWORD).submit(client, "staffLogin:submit");
        assertTrue(PortalClient.isRedirect(login), () -> "staff login of " + email + " failed: " + describe(login));
        String next = PortalClient.redirectPath(login);
        if (next.equals("/staff/login/enrol")) {
            HttpResponse<String> enrol = client.follow(login);
            Authenticator.remember(email, Html.textOfId(enrol.body(), "totp-secret").orElseThrow());
            secondStep(client, email, enrol);
            SIGNED_IN_WITH_CODE.put(key, client);
        } else if (next.equals("/staff/login/code")) {
            secondStep(client, email, client.follow(login));
            SIGNED_IN_WITH_CODE.put(key, client);
        }
        return client;
    }

    private static void secondStep(PortalClient client, String email, HttpResponse<String> page) {
        HttpResponse<String> done = FacesForm.of(page, "code").set("code:value", Authenticator.freshCode(email))
                .submit(client, "code:submit");
        assertTrue(PortalClient.isRedirect(done), () -> "the second step of " + email + " failed: " + describe(done));
    }
}
