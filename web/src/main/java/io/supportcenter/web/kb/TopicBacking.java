package io.supportcenter.web.kb;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.kb.KnowledgeBaseService;
import io.supportcenter.domain.kb.TopicPage;
import io.supportcenter.web.shell.Moments;
import io.supportcenter.web.shell.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * A topic page ({@code /support/topics/{id-or-slug}}): loads the topic if the reader may see it
 * (otherwise 404, as if it did not exist), records the view, and takes the "Was this helpful?" vote. The page
 * keeps no saved view: the vote comes back to the topic's own address, which names the topic again.
 */
@Named
@RequestScoped
public class TopicBacking {

    @Inject
    Moments moments;

    @Inject
    KnowledgeBaseService knowledgeBase;

    @Inject
    Reader reader;

    private String ref;
    private Long from;
    private TopicPage topic;
    private boolean looked;
    private Boolean voted;

    /** The address's topic and where the reader came from; the vote form sends the topic back in a hidden field. */
    @PostConstruct
    void readAddress() {
        // From Faces, not the injected request: TopicAddressServlet forwards with the ref added to the query.
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        ref = parameters.get("ref");
        try {
            String came = parameters.get("from");
            from = came == null || came.isBlank() ? null : Long.valueOf(came);
        } catch (NumberFormatException notAnId) {
            from = null;
        }
    }

    /** The topic the address names, if this reader may see it; read once per request. */
    private TopicPage topic() {
        if (!looked) {
            looked = true;
            topic = knowledgeBase.topic(ref, reader.accountType()).orElse(null);
        }
        return topic;
    }

    public void load() throws IOException {
        if (topic() == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        knowledgeBase.viewed(topic.id(), reader.accountType(), from);
    }

    public void vote(boolean helpful) {
        Optional<Caller.Member> member = reader.signedInMember();
        if (topic() == null || member.isEmpty()) {
            return;
        }
        knowledgeBase.vote(topic.id(), member.get(), helpful, reader.accountType());
        voted = helpful;
        Texts.info("kb.vote.thanks");
    }

    /** The date of the last change, in the reader's time zone (visitors: the support calendar's). */
    public String getUpdated() {
        if (topic() == null) {
            return "";
        }
        return moments.day(topic.updatedAt());
    }

    public TopicPage getTopic() {
        return topic();
    }

    public Boolean getVoted() {
        return voted;
    }

    public String getRef() {
        return ref;
    }
}
