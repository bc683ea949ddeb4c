package io.supportcenter.web.inquiry;

import io.supportcenter.domain.inquiry.ServiceLevels;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.web.shell.Moments;
import io.supportcenter.web.shell.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * The one sentence that tells a member when to expect an answer ({@code #{promises.beforeSending}},
 * {@code #{promises.by(due)}}): the usual wait in working days, as people count it, then the latest moment in the
 * reader's zone. Members read "48 business hours" as two days and then saw a due date a week away; the usual part and
 * the due date now come from the same calendar in the same words on the Ask page, the confirmation, the inquiry page
 * and the confirmation email ({@code inquiry.received} in Mail.properties repeats these words).
 */
@Named
@RequestScoped
public class Promises {

    @Inject
    Policies policies;

    @Inject
    Moments moments;

    /** Before sending there is no due time yet: the usual part, and that the exact latest time comes on sending. */
    public String getBeforeSending() {
        return Texts.text("promise.before-sending", usualDays());
    }

    /** "We usually answer within 2–4 working days; at the latest by Tue, Dec 15, 2026, 12:00 PM PST." */
    public String by(Instant due) {
        return Texts.text("promise.by", usualDays(), moments.at(due));
    }

    private String usualDays() {
        ServiceLevels.WorkingDays days = policies.now().serviceLevels().usualWorkingDays();
        return days.from() == days.to() ? Texts.text("promise.days.same", days.from())
                : Texts.text("promise.days", days.from(), days.to());
    }
}
