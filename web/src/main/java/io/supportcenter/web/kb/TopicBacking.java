package io.supportcenter.web.kb;

import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.kb.KnowledgeBaseService;
import io.supportcenter.domain.kb.TopicPage;
import io.supportcenter.web.shell.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A topic page ({@code /support/topics/{id-or-slug}}): loads the topic if the reader may see it
 * (otherwise 404, as if it did not exist), records the view, and takes the "Was this helpful?" vote.
 */
@Named
@ViewScoped
public class TopicBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KnowledgeBaseService knowledgeBase;

    @Inject
    Reader reader;

    private String ref;
    private Long from;
    private TopicPage topic;
    private AccountType readerType;
    private Boolean voted;

    public void load() throws IOException {
        readerType = reader.accountType();
        topic = knowledgeBase.topic(ref, readerType).orElse(null);
        if (topic == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        knowledgeBase.viewed(topic.id(), readerType, from);
    }

    public void vote(boolean helpful) {
        Long userId = reader.userId();
        if (topic == null || userId == null) {
            return;
        }
        knowledgeBase.vote(topic.id(), userId, helpful, readerType);
        voted = helpful;
        Texts.info("kb.vote.thanks");
    }

    /** The date of the last change, in the reader's time zone (visitors: the support calendar's). */
    public String getUpdated() {
        if (topic == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(faces.getViewRoot().getLocale())
                .format(topic.updatedAt().atZone(reader.timeZone()));
    }

    public TopicPage getTopic() {
        return topic;
    }

    public Boolean getVoted() {
        return voted;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public Long getFrom() {
        return from;
    }

    public void setFrom(Long from) {
        this.from = from;
    }
}
