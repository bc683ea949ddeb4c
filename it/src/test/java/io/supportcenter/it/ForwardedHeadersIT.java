package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.TestDatabase;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Behind a TLS-terminating proxy: the portal of the suite trusts 127.0.0.1 as its proxy ({@code support.proxy.trusted} in
 * arquillian.xml). From there, {@code X-Forwarded-Proto} and {@code X-Forwarded-For} decide https (HSTS, the return-to
 * cookie's Secure) and the client address the audit log and the rate limits use; from any other address they count for
 * nothing.
 */
@RunsOnPayara
class ForwardedHeadersIT {

    private static final String VISITOR = "203.0.113.77";

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** What a TLS-terminating proxy adds to a visitor's https request. */
    private static Map<String, String> forwarded(String visitor) {
        return Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", visitor + ", 127.0.0.1");
    }

    /** What a proxy in front of plain http adds: only who asked. */
    private static Map<String, String> forwardedFor(String visitor) {
        return Map.of("X-Forwarded-For", visitor);
    }

    @Test
    void aTrustedProxysHttpsGetsHstsAndSecureCookiesAndAnUntrustedClientsHeadersCountForNothing() {
        HttpResponse<String> page = new PortalClient(base).sending(forwarded(VISITOR)).get("/login");
        assertEquals("max-age=31536000", page.headers().firstValue("Strict-Transport-Security").orElse(""), "HSTS over https");
        HttpResponse<String> viaProxy = new PortalClient(base).sending(forwarded(VISITOR)).get("/support/home");
        assertTrue(returnToCookie(viaProxy).contains("Secure"), "the return-to cookie is Secure: " + returnToCookie(viaProxy));

        HttpResponse<String> spoofed = PortalClient.from(base, "127.0.0.2").sending(forwarded(VISITOR)).get("/support/home");
        assertFalse(spoofed.headers().firstValue("Strict-Transport-Security").isPresent(), "no HSTS on plain http");
        assertFalse(returnToCookie(spoofed).contains("Secure"), returnToCookie(spoofed));

        HttpResponse<String> direct = new PortalClient(base).get("/support/home");
        assertFalse(direct.headers().firstValue("Strict-Transport-Security").isPresent(), "the proxy's own plain requests stay plain");
    }

    @Test
    void theAuditLogAndTheLoginLimitsCountTheVisitorBehindATrustedProxyAndThePeerOtherwise() {
        String email = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@forwarded.example";
        assertStatus(200, failedLogin(new PortalClient(base).sending(forwardedFor(VISITOR)), email));
        assertStatus(200, failedLogin(PortalClient.from(base, "127.0.0.2").sending(forwardedFor("198.51.100.9")), email));
        assertEquals(List.of("127.0.0.2", VISITOR), clientsAudited(email),
                "the visitor's address from the trusted proxy, the peer's own from anyone else");
    }

    private static HttpResponse<String> failedLogin(PortalClient client, String email) {
        return FacesForm.open(client, "/login", "login").set("login:email", email).set("login:password", "wrong-password-1")
                .submit(client, "login:submit");
    }

    private static String returnToCookie(HttpResponse<String> response) {
        return PortalClient.setCookieHeaders(response, "support-return-to").stream().findFirst().orElse("(no support-return-to cookie)");
    }

    private static List<String> clientsAudited(String email) {
        List<String> clients = new java.util.ArrayList<>();
        try (java.sql.Connection c = TestDatabase.current().connect();
             java.sql.PreparedStatement query = c.prepareStatement("SELECT DISTINCT client_address FROM audit_event WHERE subject LIKE ?"
                     + " AND action = 'LOGIN_FAILED' ORDER BY client_address")) {
            query.setString(1, "%:" + email);
            try (java.sql.ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    clients.add(rows.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return clients;
    }
}
