package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.calendar.BusinessCalendar;
import io.supportcenter.domain.kb.Category;
import io.supportcenter.domain.kb.CategoryRepository;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.staff.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * What a member is told about the wait for an answer from a team: the team's own first-response times in business
 * hours over the last 30 days (median to 90th percentile, as the dashboards compute them) once it has answered at least
 * 20 inquiries in that time, else the configured range. The due date stays the promise; this is the usual.
 * Each node keeps a team's figures for ten minutes (thousands of inquiries a month are read and measured on the
 * calendar one by one) and forgets them when a reply of this node answers one of the team's inquiries.
 */
@ApplicationScoped
public class AnswerTimes {

    public static final Duration WINDOW = Duration.ofDays(30);
    public static final int ENOUGH_ANSWERED = 20;
    static final Duration KEPT = Duration.ofMinutes(10);

    private InquiryRepository inquiries;
    private CategoryRepository categories;
    private TeamRepository teams;
    private Supplier<ServiceLevels> levels;
    private Clock clock;
    private final ConcurrentMap<Long, Measured> measured = new ConcurrentHashMap<>();

    protected AnswerTimes() {
        // for CDI proxies
    }

    @Inject
    public AnswerTimes(InquiryRepository inquiries, CategoryRepository categories, TeamRepository teams, Supplier<ServiceLevels> levels,
                       Clock clock) {
        this.inquiries = inquiries;
        this.categories = categories;
        this.teams = teams;
        this.levels = levels;
        this.clock = clock;
    }

    /** The usual wait for an answer from this team, measured or configured. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UsualWait usualWait(long teamId) {
        ServiceLevels now = levels.get();
        ResponseTimes times = times(teamId, now.calendar());
        return times.answered() < ENOUGH_ANSWERED ? now.usualWait() : UsualWait.measured(times, now.calendar().workingDay());
    }

    /** The usual wait of the team a question in this category goes to; the configured one for an unknown category. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UsualWait usualWaitIn(String categorySlug) {
        return categories.findBySlug(categorySlug).map(Category::getTeam).map(Team::getId).map(this::usualWait).orElseGet(this::configured);
    }

    /** The usual wait of the team with this code (an inquiry's), or the configured one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UsualWait usualWaitOf(String teamCode) {
        return teams.findByCode(teamCode).map(Team::getId).map(this::usualWait).orElseGet(this::configured);
    }

    /** The configured wait, for when no team is known yet (no category chosen). */
    public UsualWait configured() {
        return levels.get().usualWait();
    }

    private ResponseTimes times(long teamId, BusinessCalendar calendar) {
        Instant now = clock.instant();
        Measured kept = measured.get(teamId);
        if (kept != null && !now.isBefore(kept.at()) && now.isBefore(kept.at().plus(KEPT))) {
            return kept.times();
        }
        ResponseTimes times = ResponseTimes.of(inquiries.findFirstResponses(teamId, now.minus(WINDOW), now).stream()
                .map(response -> calendar.between(response.submittedAt(), response.respondedAt())).toList());
        measured.put(teamId, new Measured(times, now));
        return times;
    }

    void onReplied(@Observes(during = TransactionPhase.AFTER_SUCCESS) InquiryEvent.Replied replied) {
        measured.remove(replied.inquiry().getTeam().getId());
    }

    void onRepliedAndClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) InquiryEvent.RepliedAndClosed replied) {
        measured.remove(replied.inquiry().getTeam().getId());
    }

    private record Measured(ResponseTimes times, Instant at) {
    }
}
