package io.supportcenter.it;

import static io.supportcenter.it.support.PortalAssertions.assertHasId;
import static io.supportcenter.it.support.PortalAssertions.assertRedirectTo;
import static io.supportcenter.it.support.PortalAssertions.assertStatus;
import static io.supportcenter.it.support.PortalAssertions.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.RunsOnPayara;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The staff sign-in and the wall between the member and the staff sides. */
@RunsOnPayara
class StaffLoginIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    static HttpResponse<String> staffLogIn(PortalClient client, String email, String password) {
        return FacesForm.open(client, "/staff/login", "staffLogin")
                .set("staffLogin:email", email)
                .set("staffLogin:password", password)
                .submit(client, "staffLogin:submit");
    }

    @Test
    void agentLogsInAndLandsOnTheQueues() {
        PortalClient client = new PortalClient(base);

        HttpResponse<String> login = staffLogIn(client, Demo.AGENT, Demo.PASSWORD);
        assertRedirectTo(login, "/staff/queues", MemberLoginIT.POST_REDIRECT);

        HttpResponse<String> queues = client.follow(login);
        assertStatus(200, queues);
        assertHasId(queues, "page-title");
        assertRedirectTo(client.get("/staff"), "/staff/queues");
    }

    @Test
    void wrongStaffPasswordGetsTheNeutralAnswer() {
        PortalClient client = new PortalClient(base);

        HttpResponse<String> login = staffLogIn(client, Demo.AGENT, "not-the-password-42");

        assertStatus(200, login);
        assertEquals(Demo.NEUTRAL_LOGIN_ERROR, textOf(login, "login-error"));
        assertRedirectTo(client.get("/staff/queues"), "/staff/login");
    }

    @Test
    void memberSessionIsForbiddenOnTheStaffSide() {
        PortalClient client = new PortalClient(base);
        assertRedirectTo(MemberLoginIT.logIn(client, Demo.PAT, Demo.PASSWORD), "/support/home",
                MemberLoginIT.POST_REDIRECT);

        // Signed in, but as the wrong kind of user: refused outright rather than sent to another login.
        assertStatus(403, client.get("/staff/queues"));
    }

    @Test
    void staffSessionIsForbiddenOnTheMemberSide() {
        PortalClient client = new PortalClient(base);
        assertRedirectTo(staffLogIn(client, Demo.AGENT, Demo.PASSWORD), "/staff/queues", MemberLoginIT.POST_REDIRECT);

        assertStatus(403, client.get("/support/home"));
    }

    @Test
    void anonymousVisitorIsSentToTheStaffLogin() {
        assertRedirectTo(new PortalClient(base).get("/staff/queues"), "/staff/login");
    }

    @Test
    void unknownPageGetsTheProductsNotFoundPage() {
        HttpResponse<String> missing = new PortalClient(base).get("/no-such-page-here");

        assertStatus(404, missing);
        assertHasId(missing, "error-title");
    }
}
