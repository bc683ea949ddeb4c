package io.supportcenter.web.kb;

import io.supportcenter.domain.kb.KnowledgeBaseService;
import io.supportcenter.domain.kb.TopicPage;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.Moments;
import io.supportcenter.web.shell.Redirects;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A public topic ({@code /help/{slug}}, no login): a public topic is shown; a members-only one asks the visitor to
 * log in (its member address, which the login returns to) and shows none of its text; anything else is 404. A
 * signed-in member is sent on to the member address, where the topic has the tabs and their vote counts as a member's.
 * "Was this helpful?" is a plain post back to the same address: no saved view, no session. The vote is counted
 * as a visitor's ({@link KnowledgeBaseService#voteAnonymously}) and the answer comes back as a redirect, so that
 * reloading the thanks does not vote again.
 */
@Named
@RequestScoped
public class HelpTopicBacking {

    static final String YES = "yes";
    static final String NO = "no";

    @Inject
    Moments moments;

    @Inject
    KnowledgeBaseService knowledgeBase;

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    Reader reader;

    private String slug;
    private String answer;
    private String voted;
    private Long from;
    private TopicPage topic;
    private boolean forMembers;

    /** From Faces, not the injected request: {@link HelpTopicAddressServlet} forwards with the slug added to the query. */
    @PostConstruct
    void readAddress() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        slug = parameters.get("slug");
        answer = parameters.get("helpful");
        voted = parameters.get("voted");
        try {
            String came = parameters.get("from");
            from = came == null || came.isBlank() ? null : Long.valueOf(came);
        } catch (NumberFormatException notAnId) {
            from = null;
        }
    }

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (reader.accountType() != null && slug != null) {
            Redirects.to("/support/topics/" + URLEncoder.encode(slug, StandardCharsets.UTF_8));
            return;
        }
        topic = knowledgeBase.topic(slug, null).orElse(null);
        if (topic == null) {
            forMembers = knowledgeBase.isForMembers(slug);
            if (!forMembers) {
                external.responseSendError(404, "");
                FacesContext.getCurrentInstance().responseComplete();
            }
            return;
        }
        if ("POST".equals(request.getMethod()) && (YES.equals(answer) || NO.equals(answer))) {
            knowledgeBase.voteAnonymously(topic.id(), YES.equals(answer), currentUser.caller());
            Redirects.to("/help/" + URLEncoder.encode(topic.slug(), StandardCharsets.UTF_8) + "?voted=" + answer + "#vote");
            return;
        }
        if (voted == null) {
            knowledgeBase.viewed(topic.id(), null, from);
        }
    }

    public TopicPage getTopic() {
        return topic;
    }

    public boolean isForMembers() {
        return forMembers;
    }

    /** The date of the last change, in the support calendar's zone (a visitor has none of their own). */
    public String getUpdated() {
        return topic == null ? "" : moments.day(topic.updatedAt());
    }

    /** Whether the visitor has just answered, and how: "yes", "no" or null. */
    public String getVoted() {
        return YES.equals(voted) || NO.equals(voted) ? voted : null;
    }

    public String getSlug() {
        return slug;
    }
}
