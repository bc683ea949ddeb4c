package io.supportcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.Html;
import io.supportcenter.it.support.Logins;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.Questions;
import io.supportcenter.it.support.RunsOnPayara;
import io.supportcenter.it.support.UniqueWords;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * No select on any console page starts on a value nobody chose: a select the server marks no option of as chosen
 * (a browser, and PrimeFaces, then show its first) must begin with an empty choice that says what to do; one whose
 * option the server marks shows what is stored (an inquiry's assignee, a category's team), which the pages'
 * own tests check.
 */
@RunsOnPayara
class ConsoleSelectsIT {

    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>([^<]*)", Pattern.CASE_INSENSITIVE);

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyConsoleSelectStartsEmptyOrOnWhatIsStored() {
        long number = Questions.askAboutPayments(Logins.member(base, Demo.PAT), "Selects " + UniqueWords.letters(5));
        PortalClient admin = Logins.staff(base, Demo.ADMIN);
        List<String> pages = List.of("/staff/queues", "/staff/queues?view=mine", "/staff/queues?view=all", "/staff/inquiries/" + number,
                "/staff/accounts", "/staff/accounts/4000101", "/staff/saved-replies", "/staff/dashboards", "/staff/security",
                "/staff/kb", "/staff/kb/topic", "/staff/kb/categories", "/staff/kb/gaps", "/staff/kb/repeated", "/staff/admin/outbox", "/staff/admin/staff",
                "/staff/admin/audit", "/staff/admin/teams", "/staff/admin/routing", "/staff/admin/policies", "/staff/admin/leads",
                "/staff/admin/api-keys", "/staff/admin/commissions");
        List<String> wrong = new ArrayList<>();
        int selects = 0;
        for (String page : pages) {
            HttpResponse<String> shown = admin.get(page);
            assertEquals(200, shown.statusCode(), page);
            Matcher select = SELECT.matcher(shown.body());
            while (select.find()) {
                selects++;
                Map<String, String> attributes = Html.attributes("<select" + select.group(1) + ">");
                String name = attributes.getOrDefault("id", attributes.getOrDefault("name", "?"));
                if (attributes.containsKey("multiple")) {
                    continue;
                }
                List<Map<String, String>> options = new ArrayList<>();
                List<String> labels = new ArrayList<>();
                Matcher option = OPTION.matcher(select.group(2));
                while (option.find()) {
                    options.add(Html.attributes("<option" + option.group(1) + ">"));
                    labels.add(Html.unescape(option.group(2)).strip());
                }
                boolean chosenByServer = options.stream().anyMatch(o -> o.containsKey("selected"));
                if (chosenByServer || options.isEmpty()) {
                    continue;
                }
                if (!options.get(0).getOrDefault("value", "").isEmpty() || labels.get(0).isEmpty()) {
                    wrong.add(page + " " + name + " starts on \"" + labels.get(0) + "\"");
                }
            }
        }
        assertTrue(selects > 20, "the walk met the console's selects: " + selects);
        assertTrue(wrong.isEmpty(), "selects that start on a value nobody chose:\n  " + String.join("\n  ", wrong));
    }
}
