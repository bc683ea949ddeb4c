package io.supportcenter.domain.kb;

import io.supportcenter.domain.account.AccountType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Most Popular Topics (SPEC §5.1): a ranking of the whole network's recent views and searches,
 * recomputed on a schedule and on an editor's demand, and read per reader: pinned topics first,
 * hidden ones never, and only what that reader may see (an advertiser never gets a
 * publisher-only topic). When there is too little activity the list is filled up by title.
 */
@ApplicationScoped
public class PopularTopics {

    private TopicRepository topics;
    private TopicActivityRepository activity;
    private PopularityPolicy policy;
    private Clock clock;
    private volatile List<Long> ranking = List.of();

    protected PopularTopics() {
        // for CDI proxies
    }

    @Inject
    public PopularTopics(TopicRepository topics, TopicActivityRepository activity, PopularityPolicy policy, Clock clock) {
        this.topics = topics;
        this.activity = activity;
        this.policy = policy;
        this.clock = clock;
    }

    /** Recomputes the ranking; transactional because the scheduler calls it (see SearchIndexer). */
    @Transactional
    public void refresh() {
        Instant now = clock.instant();
        Map<Long, Double> scores = PopularityRanking.scores(activity.dailyActivity(now.minus(Duration.ofDays(policy.windowDays()))),
                LocalDate.ofInstant(now, ZoneOffset.UTC), policy.halfLifeDays());
        ranking = scores.entrySet().stream().sorted(Map.Entry.<Long, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Topic> forReader(AccountType reader) {
        Set<Visibility> visible = Visibility.readableBy(reader);
        // Keyed by id: outside a transaction each look-up may return its own instance of a topic.
        Map<Long, Topic> chosen = new LinkedHashMap<>();
        topics.findPinned().stream().filter(topic -> topic.isReadableBy(visible)).forEach(topic -> chosen.putIfAbsent(topic.getId(), topic));
        for (Long id : ranking) {
            if (chosen.size() >= policy.size()) {
                break;
            }
            topics.findById(id).filter(topic -> topic.isReadableBy(visible) && !topic.isHiddenFromPopular())
                    .ifPresent(topic -> chosen.putIfAbsent(topic.getId(), topic));
        }
        if (chosen.size() < policy.size()) {
            List<Topic> rest = new ArrayList<>(topics.findAll());
            rest.sort(Comparator.comparing(Topic::getTitle));
            for (Topic topic : rest) {
                if (chosen.size() >= policy.size()) {
                    break;
                }
                if (topic.isReadableBy(visible) && !topic.isHiddenFromPopular()) {
                    chosen.putIfAbsent(topic.getId(), topic);
                }
            }
        }
        return List.copyOf(chosen.values());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TopicSummary> summariesFor(AccountType reader) {
        return forReader(reader).stream().map(TopicSummary::of).toList();
    }

    /** Public topics with their bodies, for the help page's expand-in-place list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TopicPage> publicPages() {
        return forReader(null).stream().map(topic -> new TopicPage(topic.getId(), topic.getSlug(), topic.getTitle(),
                topic.getBodyHtml(), topic.getCategory().getSlug(), topic.getCategory().getName(), topic.getUpdatedAt(),
                List.of(), 0, 0)).toList();
    }
}
