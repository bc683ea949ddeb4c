package io.supportcenter.web.inquiry;

import io.supportcenter.domain.inquiry.AnswerTimes;
import io.supportcenter.domain.inquiry.UsualWait;
import io.supportcenter.web.shell.Moments;
import io.supportcenter.web.shell.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * The one sentence that tells a member when to expect an answer ({@code #{promises.beforeSending}},
 * {@code #{promises.beforeSendingIn(slug)}}, {@code #{promises.by(usual, due)}}): the usual wait — the routed team's own
 * first-response times once it has enough of them ({@link AnswerTimes}), else the configured range — in the units
 * members count in, then the latest moment in the reader's zone. The same words on the Ask page, the confirmation, the
 * inquiry page and the confirmation email ({@code inquiry.received} in Mail.properties repeats these words).
 */
@Named
@RequestScoped
public class Promises {

    @Inject
    AnswerTimes answerTimes;

    @Inject
    Moments moments;

    /** Before a category is chosen: the configured usual wait, and that the exact latest time comes on sending. */
    public String getBeforeSending() {
        return Texts.text("promise.before-sending", words(answerTimes.configured()));
    }

    /** Once a category is chosen: the usual wait of the team it goes to (before that, {@link #getBeforeSending()}). */
    public String beforeSendingIn(String categorySlug) {
        if (categorySlug == null) {
            return getBeforeSending();
        }
        return Texts.text("promise.before-sending", words(answerTimes.usualWaitIn(categorySlug)));
    }

    /** "We usually answer within 2–4 working days; at the latest by Tue, Dec 15, 2026, 12:00 PM PST." */
    public String by(UsualWait usual, Instant due) {
        return Texts.text("promise.by", words(usual), moments.at(due));
    }

    /** {@link #by(UsualWait, Instant)} for an inquiry of the team with this code. */
    public String byTeam(String teamCode, Instant due) {
        return by(answerTimes.usualWaitOf(teamCode), due);
    }

    private static String words(UsualWait usual) {
        String key = usual.unit() == UsualWait.Unit.BUSINESS_HOURS ? "promise.hours" : "promise.days";
        return usual.from() == usual.to() ? Texts.text(key + ".same", usual.from()) : Texts.text(key, usual.from(), usual.to());
    }
}
