package io.supportcenter.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Questions members ask over HTTP (category, subject, question, Continue, Finish), for staff-side tests. */
public final class Questions {

    private Questions() {
    }

    /** Asks under the leaf category with this name and returns the new inquiry's number. */
    public static long ask(PortalClient member, String category, String subject, String question) {
        HttpResponse<String> form = member.get("/support/ask");
        FacesForm ask = FacesForm.of(form, "ask").set("ask:category_selection", categoryKey(form, category))
                .set("ask:subject", subject).set("ask:question", question);
        HttpResponse<String> finished = FacesForm.of(ask.submit(member, "ask:continue"), "ask").submit(member, "ask:finish");
        Matcher address = Pattern.compile("/support/history/(\\d+)$").matcher(PortalClient.redirectTarget(finished).getPath());
        assertTrue(address.find(), () -> "Finish did not lead to the new inquiry: " + finished.statusCode());
        return Long.parseLong(address.group(1));
    }

    /** The category tree's key for the category with this name on an Ask a Question page, as its form posts it. */
    public static String categoryKey(HttpResponse<String> askPage, String category) {
        Matcher row = Pattern.compile("data-rowkey=\"([^\"]+)\"(?:(?!data-rowkey).)*?>\\s*" + Pattern.quote(category.replace("&", "&amp;"))
                + "\\s*<", Pattern.DOTALL).matcher(askPage.body());
        assertTrue(row.find(), () -> "no category " + category + " on the Ask a Question page");
        return row.group(1);
    }

    /** A Payment Methods question (Client Support's). */
    public static long askAboutPayments(PortalClient member, String subject) {
        return ask(member, "Payment Methods", subject, "Can I be paid by bank transfer instead of cheque?");
    }
}
