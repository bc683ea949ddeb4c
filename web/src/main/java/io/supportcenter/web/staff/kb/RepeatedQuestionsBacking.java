package io.supportcenter.web.staff.kb;

import io.supportcenter.domain.inquiry.RepeatedQuestion;
import io.supportcenter.domain.inquiry.RepeatedQuestions;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Repeated questions ({@code /staff/kb/repeated}): the latest weekly report, found anew on demand; "Draft a topic"
 * opens the topic editor filled from a question that no topic covers ({@code /staff/kb/topic?from-question=<id>}).
 * The content-gap report shows the uncovered ones beside the searches without results.
 */
@Named
@RequestScoped
public class RepeatedQuestionsBacking {

    private static final int EXCERPT = 300;

    @Inject
    RepeatedQuestions repeated;

    @Inject
    CurrentUser currentUser;

    private List<RepeatedQuestion> questions;

    public List<RepeatedQuestion> getQuestions() {
        if (questions == null) {
            questions = repeated.latest(currentUser.staffCaller());
        }
        return questions;
    }

    /** When the report was found, if there is one. */
    public Instant getFoundAt() {
        return getQuestions().stream().map(RepeatedQuestion::getFoundAt).findFirst().orElse(null);
    }

    /** The questions no topic covers yet, by the name of the team owning their category (the content-gap report). */
    public Map<String, List<RepeatedQuestion>> getWithoutTopicByTeam() {
        return getQuestions().stream().filter(question -> question.getTopicSlug().isEmpty())
                .collect(Collectors.groupingBy(question -> question.getCategory().getTeam().getName(), LinkedHashMap::new, Collectors.toList()));
    }

    public String excerpt(RepeatedQuestion question) {
        String answer = question.getAnswer();
        return answer.length() > EXCERPT ? answer.substring(0, EXCERPT).stripTrailing() + " …" : answer;
    }

    /** Finds them now; the page shows the new report. */
    public void findNow() throws IOException {
        int found = repeated.findNow(currentUser.staffCaller());
        Texts.info("kb.repeated.found", found);
        Texts.keepForRedirect();
        Redirects.to(EditorPages.REPEATED);
    }
}
