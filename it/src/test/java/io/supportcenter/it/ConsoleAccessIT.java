package io.supportcenter.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.Html;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.Questions;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.UniqueWords;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Who may do what in the staff console, as one table of actions × roles checked over HTTP: each
 * cell is what the portal must answer (the page, a refusal, 404 for an inquiry out of reach, the
 * sign-in for strangers). Every mismatch is listed, not only the first.
 */
@RunsOnPayara
class ConsoleAccessIT {

    /** What an action answered, as the table names it. */
    private enum Answer { OK, REFUSED, NOT_FOUND, READ_ONLY, FORBIDDEN, SIGN_IN }

    private static final List<String> ROLES = List.of("anonymous", "member", "agent", "other-team agent", "editor", "supervisor", "admin");

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private record Action(String name, Function<PortalClient, Answer> run, Map<String, Answer> expected) {
    }

    private static Map<String, Answer> row(Answer... answers) {
        Map<String, Answer> row = new LinkedHashMap<>();
        for (int i = 0; i < ROLES.size(); i++) {
            row.put(ROLES.get(i), answers[i]);
        }
        return row;
    }

    /** The status and page of a GET, in the table's words. */
    private static Answer page(HttpResponse<String> response) {
        if (PortalClient.isRedirect(response) && PortalClient.redirectPath(response).endsWith("/login")) {
            return Answer.SIGN_IN;
        }
        return switch (response.statusCode()) {
            case 200 -> response.body().contains("class=\"notice notice-error\"") ? Answer.REFUSED : Answer.OK;
            case 403 -> Answer.FORBIDDEN;
            case 404 -> Answer.NOT_FOUND;
            default -> throw new AssertionError("unexpected HTTP " + response.statusCode() + " for " + response.uri());
        };
    }

    /** Whether the page offers the control with this id (REFUSED: the page shows without it). */
    private static Answer offers(PortalClient client, String path, String id) {
        HttpResponse<String> shown = client.get(path);
        Answer answer = page(shown);
        return answer != Answer.OK ? answer : Html.hasId(shown.body(), id) ? Answer.OK : Answer.REFUSED;
    }

    private PortalClient client(String role) {
        return switch (role) {
            case "anonymous" -> new PortalClient(base);
            case "member" -> Logins.member(base, Demo.SAM);
            case "agent" -> Logins.staff(base, Demo.AGENT);
            case "other-team agent" -> Logins.staff(base, Demo.TECH);
            case "editor" -> Logins.staff(base, Demo.EDITOR);
            case "supervisor" -> Logins.staff(base, Demo.LEAD);
            case "admin" -> Logins.staff(base, Demo.ADMIN);
            default -> throw new IllegalArgumentException(role);
        };
    }

    @Test
    void everyConsoleActionAnswersEachRoleAsTheRulesSay() {
        long inquiry = Questions.askAboutPayments(Logins.member(base, Demo.PAT), "Access table " + UniqueWords.letters(5));
        String inquiryPage = "/staff/inquiries/" + inquiry;
        List<Action> actions = List.of(
                new Action("open the team queue", c -> page(c.get("/staff/queues")),
                        row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.OK, Answer.OK, Answer.OK, Answer.OK, Answer.OK)),
                new Action("open the all-teams queue", c -> page(c.get("/staff/queues?scope=ALL")),
                        row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.REFUSED, Answer.REFUSED, Answer.REFUSED, Answer.OK, Answer.OK)),
                new Action("open another team's queue", c -> page(c.get("/staff/queues?scope=TEAM&team=NETWORK_QUALITY")),
                        row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.REFUSED, Answer.REFUSED, Answer.REFUSED, Answer.OK, Answer.OK)),
                new Action("open a Client Support inquiry", c -> {
                    HttpResponse<String> shown = c.get(inquiryPage);
                    Answer answer = page(shown);
                    return answer == Answer.OK && Html.hasId(shown.body(), "read-only") ? Answer.READ_ONLY : answer;
                }, row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.OK, Answer.NOT_FOUND, Answer.READ_ONLY, Answer.OK, Answer.OK)),
                new Action("add an internal note to it", c -> {
                    HttpResponse<String> shown = c.get(inquiryPage);
                    // The composer is the workspace's part that writes; a reader's page has none.
                    if (shown.statusCode() != 200 || !Html.hasId(shown.body(), "work:text")) {
                        return page(shown) == Answer.OK ? Answer.READ_ONLY : page(shown);
                    }
                    HttpResponse<String> noted = FacesForm.of(shown, "work").set("work:text", "Checked by the access table.")
                            .submit(c, "work:note");
                    return PortalClient.isRedirect(noted) ? Answer.OK : Answer.REFUSED;
                }, row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.OK, Answer.NOT_FOUND, Answer.READ_ONLY, Answer.OK, Answer.OK)),
                new Action("see the assign control", c -> offers(c, inquiryPage, "work:assign"),
                        row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.REFUSED, Answer.NOT_FOUND, Answer.REFUSED, Answer.OK, Answer.OK)),
                new Action("open the knowledge-base editor", c -> page(c.get("/staff/kb")),
                        row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.OK, Answer.OK, Answer.OK)),
                new Action("open the mail outbox", c -> page(c.get("/staff/admin/outbox")),
                        row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.OK)),
                new Action("open an account", c -> page(c.get("/staff/accounts/4000101")),
                        row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.OK, Answer.OK, Answer.OK, Answer.OK, Answer.OK)),
                new Action("see reactivate on a dormant account", c -> offers(c, "/staff/accounts/4000103", "status:reactivate"),
                        row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.REFUSED, Answer.REFUSED, Answer.REFUSED, Answer.OK, Answer.OK)),
                new Action("see close for compliance", c -> offers(c, "/staff/accounts/4000101", "close"),
                        row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.REFUSED, Answer.REFUSED, Answer.REFUSED, Answer.REFUSED, Answer.OK)),
                new Action("keep the saved replies", c -> page(c.get("/staff/saved-replies")),
                        row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.OK, Answer.OK)),
                new Action("keep the staff users", c -> page(c.get("/staff/admin/staff")),
                        row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.OK)),
                new Action("open the audit log", c -> page(c.get("/staff/admin/audit")),
                        row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.OK)),
                new Action("keep the policies", c -> page(c.get("/staff/admin/policies")),
                        row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.OK)),
                new Action("read the sales leads", c -> page(c.get("/staff/admin/leads")),
                        row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.OK)),
                new Action("keep the teams", c -> page(c.get("/staff/admin/teams")),
                        row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.OK)),
                new Action("keep the routing table", c -> page(c.get("/staff/admin/routing")),
                        row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.OK)),
                new Action("open the dashboards", c -> page(c.get("/staff/dashboards")),
                        row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.OK, Answer.OK)),
                new Action("download the dashboards as CSV", c -> page(c.get("/staff/dashboards.csv?table=teams")),
                        row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.OK, Answer.OK)),
                new Action("open own sign-in security", c -> page(c.get("/staff/security")),
                        row(Answer.SIGN_IN, Answer.FORBIDDEN, Answer.OK, Answer.OK, Answer.OK, Answer.OK, Answer.OK)),
                new Action("open a member's Administrative Settings", c -> {
                    HttpResponse<String> shown = c.get("/account/admin");
                    return PortalClient.isRedirect(shown) && PortalClient.redirectPath(shown).equals("/login") ? Answer.SIGN_IN : page(shown);
                }, row(Answer.SIGN_IN, Answer.OK, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN)));

        // One sign-in per role for the whole table (a second factor's code works once per 30 seconds).
        Map<String, PortalClient> clients = new LinkedHashMap<>();
        ROLES.forEach(role -> clients.put(role, client(role)));
        List<String> mismatches = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-42s", "action \\ role"));
        ROLES.forEach(role -> table.append(String.format("%-18s", role)));
        for (Action action : actions) {
            table.append('\n').append(String.format("%-42s", action.name()));
            for (String role : ROLES) {
                Answer answer = action.run().apply(clients.get(role));
                Answer expected = action.expected().get(role);
                table.append(String.format("%-18s", answer == expected ? answer : answer + "≠" + expected));
                if (answer != expected) {
                    mismatches.add(action.name() + " as " + role + ": " + answer + ", expected " + expected);
                }
            }
        }
        System.out.println("CONSOLE ACCESS\n" + table);
        assertTrue(mismatches.isEmpty(), () -> String.join("\n", mismatches) + "\n" + table);
    }
}
