package io.supportcenter.web.staff.inquiry;

import io.supportcenter.domain.inquiry.InquiryNumber;
import io.supportcenter.domain.inquiry.SimilarInquiries;
import io.supportcenter.domain.kb.SearchHit;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Earlier answers beside the inquiry an agent works on ({@link SimilarInquiries}): read for each request that shows
 * them, never kept in the view, and put into the composer as a draft on a click: the reply that solved a similar
 * inquiry, or a link to a topic. Nothing is sent until the agent sends the composer.
 */
@Named
@RequestScoped
public class EarlierAnswersBacking {

    @Inject
    SimilarInquiries similar;

    @Inject
    StaffInquiryBacking workspace;

    @Inject
    CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = "support.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    private SimilarInquiries.Suggestions suggestions;

    /** Shown to those who work on the inquiry while it is not closed. */
    public SimilarInquiries.Suggestions getSuggestions() {
        if (suggestions == null) {
            suggestions = workspace.getInquiry() != null && workspace.getRights().work() && !workspace.isClosed()
                    ? similar.forInquiry(currentUser.staffCaller(), number()) : SimilarInquiries.Suggestions.NONE;
        }
        return suggestions;
    }

    /** Copies the reply that solved the earlier inquiry into the composer, after what is typed. */
    public void useReply(long earlier) {
        try {
            workspace.addToText(similar.earlierReply(currentUser.staffCaller(), number(), earlier));
            Texts.info("staff.inquiry.similar.inserted", String.valueOf(earlier));
        } catch (BusinessException e) {
            Texts.error(null, e.messageKey());
        }
    }

    /** Puts a link to the topic, under its title, into the composer. */
    public void linkTopic(SearchHit topic) {
        workspace.addToText(topic.title() + ": " + baseUrl + "/support/topics/" + URLEncoder.encode(topic.slug(), StandardCharsets.UTF_8));
        Texts.info("staff.inquiry.topics.linked", topic.title());
    }

    public String useLabel(SimilarInquiries.Earlier earlier) {
        return Texts.text("staff.inquiry.similar.use-label", String.valueOf(earlier.number()));
    }

    public String linkLabel(SearchHit topic) {
        return Texts.text("staff.inquiry.topics.link-label", topic.title());
    }

    private InquiryNumber number() {
        return new InquiryNumber(workspace.getNumber());
    }
}
