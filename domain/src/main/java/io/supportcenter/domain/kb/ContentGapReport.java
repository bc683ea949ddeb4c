package io.supportcenter.domain.kb;

import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.staff.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The content-gap report (SPEC §7): what members searched for in a period and what they
 * searched for in vain, by the team owning the category each query most likely belongs to: the
 * category of a topic opened from it, else of the topics that best match any of its words.
 */
@ApplicationScoped
public class ContentGapReport {

    static final Duration PERIOD = Duration.ofDays(30);
    /** The most frequent queries looked at; rarer ones would not make a list of ten per team. */
    static final int QUERIES = 500;
    static final int ROWS = 10;

    private TopicActivityRepository activity;
    private SearchLog searchLog;
    private TopicRepository topics;
    private CategoryRepository categories;
    private TeamRepository teams;
    private TopicSearchIndex index;
    private Clock clock;

    protected ContentGapReport() {
        // for CDI proxies
    }

    @Inject
    public ContentGapReport(TopicActivityRepository activity, SearchLog searchLog, TopicRepository topics, CategoryRepository categories,
                            TeamRepository teams, TopicSearchIndex index, Clock clock) {
        this.activity = activity;
        this.searchLog = searchLog;
        this.topics = topics;
        this.categories = categories;
        this.teams = teams;
        this.index = index;
        this.clock = clock;
    }

    /** One entry per team (in the teams' order), then one for queries that match no category, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContentGaps> lastThirtyDays() {
        Instant now = clock.instant();
        return between(now.minus(PERIOD), now);
    }

    /** The same report for the searches made from {@code start} (included) to {@code end} (excluded). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContentGaps> between(Instant start, Instant end) {
        searchLog.flush(); // this node's latest searches count too; other nodes' arrive within their flush period
        List<SearchStats> stats = activity.searchStats(start, end, QUERIES);
        Map<String, Category> bySlug = categories.findAll().stream().collect(Collectors.toMap(Category::getSlug, Function.identity()));
        Map<Long, Category> openedIn = topics.findByIds(stats.stream().map(SearchStats::openedTopicId).filter(Objects::nonNull)
                .distinct().toList()).stream().collect(Collectors.toMap(Topic::getId, Topic::getCategory));
        Map<String, List<ContentGaps.Row>> byTeam = new LinkedHashMap<>();
        for (Team team : teams.findAll()) {
            byTeam.put(team.getName(), new ArrayList<>());
        }
        List<ContentGaps.Row> unmatched = new ArrayList<>();
        for (SearchStats query : stats) {
            Category category = query.openedTopicId() != null && openedIn.containsKey(query.openedTopicId())
                    ? openedIn.get(query.openedTopicId())
                    : index.likelyCategory(query.query()).map(bySlug::get).orElse(null);
            ContentGaps.Row row = new ContentGaps.Row(query.query(), query.searches(), query.withoutResults(),
                    category == null ? null : category.getName());
            (category == null ? unmatched : byTeam.computeIfAbsent(category.getTeam().getName(), name -> new ArrayList<>())).add(row);
        }
        List<ContentGaps> report = new ArrayList<>();
        byTeam.forEach((team, rows) -> report.add(gaps(team, rows)));
        if (!unmatched.isEmpty()) {
            report.add(gaps(null, unmatched));
        }
        return report;
    }

    private static ContentGaps gaps(String team, List<ContentGaps.Row> rows) {
        return new ContentGaps(team, rows.stream().limit(ROWS).toList(),
                rows.stream().filter(row -> row.withoutResults() == row.searches()).limit(ROWS).toList());
    }
}
