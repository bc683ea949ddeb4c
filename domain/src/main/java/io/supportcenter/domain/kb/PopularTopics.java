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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Most Popular Topics (SPEC §5.1): a ranking of the whole network's recent views and searches,
 * recomputed on a schedule, after every edit and on an editor's demand. Each kind of reader gets
 * its own list, kept in memory between refreshes (pages read it without touching the database):
 * pinned topics first, hidden ones never, and only what that reader may see (an advertiser never
 * gets a publisher-only topic). When there is too little activity (a new database has none) a list is
 * filled up the way editors arranged the knowledge base, never by title: the pinned topics in the order they
 * were pinned, then the first topics of the featured categories, one from each in turn (Support Home's order),
 * then the rest in the order they were written.
 */
@ApplicationScoped
public class PopularTopics {

    /** Ranked ids are loaded this many at a time until every list is full. */
    private static final int CHUNK = 100;

    private TopicRepository topics;
    private CategoryRepository categories;
    private TopicActivityRepository activity;
    private PopularityPolicy policy;
    private Clock clock;
    private volatile Lists lists = new Lists(List.of(), Map.of());

    /** What one refresh computed: the visitors' list and the members' lists. */
    private record Lists(List<TopicSummary> visitors, Map<AccountType, List<TopicSummary>> members) {
    }

    protected PopularTopics() {
        // for CDI proxies
    }

    @Inject
    public PopularTopics(TopicRepository topics, CategoryRepository categories, TopicActivityRepository activity,
                         PopularityPolicy policy, Clock clock) {
        this.topics = topics;
        this.categories = categories;
        this.activity = activity;
        this.policy = policy;
        this.clock = clock;
    }

    /** Recomputes the ranking and the lists; transactional because the scheduler calls it. */
    @Transactional
    public void refresh() {
        Instant now = clock.instant();
        Map<Long, Double> scores = PopularityRanking.scores(activity.dailyActivity(now.minus(Duration.ofDays(policy.windowDays()))),
                LocalDate.ofInstant(now, ZoneOffset.UTC), policy.halfLifeDays());
        List<Long> ranking = scores.entrySet().stream().sorted(Map.Entry.<Long, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).toList();

        List<Topic> pinned = topics.findPinned();
        Map<AccountType, Map<Long, Topic>> chosen = new LinkedHashMap<>();
        for (AccountType reader : readers()) {
            chosen.put(reader, pick(reader, pinned));
        }
        for (int from = 0; from < ranking.size() && !allFull(chosen); from += CHUNK) {
            Map<Long, Topic> loaded = new LinkedHashMap<>();
            topics.findByIds(ranking.subList(from, Math.min(ranking.size(), from + CHUNK))).forEach(t -> loaded.put(t.getId(), t));
            for (Long id : ranking.subList(from, Math.min(ranking.size(), from + CHUNK))) {
                Topic topic = loaded.get(id);
                if (topic != null && !topic.isHiddenFromPopular()) {
                    chosen.forEach((reader, list) -> offer(reader, list, topic));
                }
            }
        }
        if (!allFull(chosen)) {
            fillUp(chosen);
        }

        List<Topic> forVisitors = List.copyOf(chosen.get(null).values());
        Map<AccountType, List<TopicSummary>> members = new EnumMap<>(AccountType.class);
        for (AccountType type : AccountType.values()) {
            members.put(type, summaries(chosen.get(type).values()));
        }
        lists = new Lists(summaries(forVisitors), Map.copyOf(members));
    }

    /** Fills short lists from the featured categories in turn, then with the topics written first. */
    private void fillUp(Map<AccountType, Map<Long, Topic>> chosen) {
        List<Category> all = categories.findAll();
        List<Category> featured = inTreeOrder(all).stream().filter(Category::isFeatured).toList();
        chosen.forEach((reader, list) -> {
            if (list.size() >= policy.size()) {
                return;
            }
            Set<Visibility> visible = Visibility.readableBy(reader);
            List<List<Topic>> perCategory = featured.stream().map(root -> firstTopics(root, all, visible)).toList();
            for (int turn = 0; turn < policy.size() && list.size() < policy.size(); turn++) {
                for (List<Topic> inCategory : perCategory) {
                    if (turn < inCategory.size()) {
                        offer(reader, list, inCategory.get(turn));
                    }
                }
            }
            if (list.size() < policy.size()) {
                topics.findPopularCandidates(visible, policy.size() + list.size()).forEach(topic -> offer(reader, list, topic));
            }
        });
    }

    /** A featured category's own topics, then those of the categories below it. */
    private List<Topic> firstTopics(Category root, List<Category> all, Set<Visibility> visible) {
        List<Topic> first = new ArrayList<>(topics.findPopularCandidates(List.of(root), visible, policy.size()));
        if (first.size() < policy.size()) {
            List<Category> below = all.stream().filter(category -> category != root && category.isWithin(root)).toList();
            first.addAll(topics.findPopularCandidates(below, visible, policy.size() - first.size()));
        }
        return first;
    }

    /** The categories as Support Home shows them: each parent followed by its children, siblings by position. */
    private static List<Category> inTreeOrder(List<Category> all) {
        Map<Category, List<Category>> children = new LinkedHashMap<>();
        List<Category> roots = new ArrayList<>();
        all.forEach(category -> children.put(category, new ArrayList<>()));
        for (Category category : all) {
            category.getParent().filter(children::containsKey).ifPresentOrElse(parent -> children.get(parent).add(category),
                    () -> roots.add(category));
        }
        List<Category> ordered = new ArrayList<>(all.size());
        Deque<Category> pending = new ArrayDeque<>();
        roots.stream().sorted(Comparator.comparingInt(Category::getPosition).reversed()).forEach(pending::push);
        while (!pending.isEmpty()) {
            Category next = pending.pop();
            ordered.add(next);
            children.get(next).stream().sorted(Comparator.comparingInt(Category::getPosition).reversed())
                    .forEach(pending::push);
        }
        return ordered;
    }

    private static List<AccountType> readers() {
        List<AccountType> readers = new ArrayList<>();
        readers.add(null);
        readers.addAll(List.of(AccountType.values()));
        return readers;
    }

    private Map<Long, Topic> pick(AccountType reader, List<Topic> pinned) {
        Map<Long, Topic> list = new LinkedHashMap<>();
        Set<Visibility> visible = Visibility.readableBy(reader);
        pinned.stream().filter(topic -> topic.isReadableBy(visible)).limit(policy.size())
                .forEach(topic -> list.putIfAbsent(topic.getId(), topic));
        return list;
    }

    private void offer(AccountType reader, Map<Long, Topic> list, Topic topic) {
        if (list.size() < policy.size() && topic.isReadableBy(Visibility.readableBy(reader)) && !topic.isHiddenFromPopular()) {
            list.putIfAbsent(topic.getId(), topic);
        }
    }

    private boolean allFull(Map<AccountType, Map<Long, Topic>> chosen) {
        return chosen.values().stream().allMatch(list -> list.size() >= policy.size());
    }

    private static List<TopicSummary> summaries(Collection<Topic> chosen) {
        return chosen.stream().map(TopicSummary::of).toList();
    }

    /** The list for a member of this account type, or for a visitor when {@code reader} is null. */
    public List<TopicSummary> summariesFor(AccountType reader) {
        Lists current = lists;
        return reader == null ? current.visitors() : current.members().getOrDefault(reader, List.of());
    }
}
