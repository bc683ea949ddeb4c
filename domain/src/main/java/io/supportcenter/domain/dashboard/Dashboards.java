package io.supportcenter.domain.dashboard;

import io.supportcenter.domain.calendar.BusinessCalendar;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.inquiry.ResponseTimes;
import io.supportcenter.domain.inquiry.ServiceLevels;
import io.supportcenter.domain.kb.ContentGapReport;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffUserRepository;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.staff.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The supervisors' dashboards (SPEC §7). The database counts; this class only measures first
 * responses on the business calendar (which SQL cannot) and puts the lines together.
 */
@ApplicationScoped
public class Dashboards {

    private DashboardRepository figures;
    private TeamRepository teams;
    private StaffUserRepository staff;
    private ContentGapReport searches;
    private Supplier<ServiceLevels> serviceLevels;
    private Clock clock;

    protected Dashboards() {
        // for CDI proxies
    }

    @Inject
    public Dashboards(DashboardRepository figures, TeamRepository teams, StaffUserRepository staff, ContentGapReport searches,
                      Supplier<ServiceLevels> serviceLevels, Clock clock) {
        this.figures = figures;
        this.teams = teams;
        this.staff = staff;
        this.searches = searches;
        this.serviceLevels = serviceLevels;
        this.clock = clock;
    }

    /** Today in the business calendar's zone: the day the default period ends on. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), serviceLevels.get().calendar().zone());
    }

    /** The figures of every team, for supervisors and admins only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DashboardReport report(Caller.Staff caller, DashboardPeriod period) {
        if (!StaffRole.overseesAllTeams(staff.requireEnabled(caller).getRoles())) {
            throw new BusinessException("dashboard.supervisors-only");
        }
        BusinessCalendar calendar = serviceLevels.get().calendar();
        Instant now = clock.instant();
        Instant start = period.start(calendar.zone());
        Instant end = period.end(calendar.zone());

        Map<AgeBand, Map<Long, Long>> open = new EnumMap<>(AgeBand.class);
        for (AgeBand band : AgeBand.values()) {
            open.put(band, figures.openByTeam(band.sentAfter(now), band.sentNotAfter(now)));
        }
        Map<Long, List<Duration>> responseTimes = new HashMap<>();
        for (DashboardRepository.FirstResponse response : figures.firstResponses(start, end)) {
            responseTimes.computeIfAbsent(response.teamId(), id -> new ArrayList<>())
                    .add(calendar.between(response.submittedAt(), response.respondedAt()));
        }
        Map<Long, Long> submitted = figures.submittedByTeam(start, end);
        Map<Long, Long> deflected = figures.deflectedByTeam(start, end);
        Map<Long, Long> autoClosed = figures.autoClosedByTeam(start, end);
        Map<Long, Long> reopened = figures.reopenedByTeam(start, end);

        List<TeamFigures> lines = new ArrayList<>();
        for (Team team : teams.findAll()) {
            Long id = team.getId();
            Map<AgeBand, Long> byAge = new EnumMap<>(AgeBand.class);
            open.forEach((band, counts) -> byAge.put(band, counts.getOrDefault(id, 0L)));
            lines.add(new TeamFigures(team.getCode(), team.getName(), byAge,
                    ResponseTimes.of(responseTimes.getOrDefault(id, List.of())),
                    submitted.getOrDefault(id, 0L), deflected.getOrDefault(id, 0L),
                    autoClosed.getOrDefault(id, 0L), reopened.getOrDefault(id, 0L)));
        }
        Map<AgeBand, Long> allByAge = new EnumMap<>(AgeBand.class);
        open.forEach((band, counts) -> allByAge.put(band, sum(counts)));
        TeamFigures all = new TeamFigures(null, null, allByAge,
                ResponseTimes.of(responseTimes.values().stream().flatMap(List::stream).toList()),
                sum(submitted), sum(deflected), sum(autoClosed), sum(reopened));
        return new DashboardReport(period, now, lines, all, searches.between(start, end));
    }

    private static long sum(Map<Long, Long> counts) {
        return counts.values().stream().filter(Objects::nonNull).mapToLong(Long::longValue).sum();
    }
}
