package io.supportcenter.domain.kb;

import io.supportcenter.domain.ops.TaskLock;
import io.supportcenter.domain.ops.TaskLockRepository;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.staff.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads the starting knowledge base (shipped with the product) into an empty database, once across
 * all nodes: the work happens under the {@value #TASK} task lock. Topics are published at once.
 */
@ApplicationScoped
public class KnowledgeBaseSeed {

    public static final String TASK = "kb-seed";

    private TaskLockRepository locks;
    private CategoryRepository categories;
    private TopicRepository topics;
    private TeamRepository teams;
    private TopicRenderer renderer;
    private KnowledgeBaseChanges changes;
    private Clock clock;

    protected KnowledgeBaseSeed() {
        // for CDI proxies
    }

    @Inject
    public KnowledgeBaseSeed(TaskLockRepository locks, CategoryRepository categories, TopicRepository topics,
                             TeamRepository teams, TopicRenderer renderer, KnowledgeBaseChanges changes, Clock clock) {
        this.locks = locks;
        this.categories = categories;
        this.topics = topics;
        this.teams = teams;
        this.renderer = renderer;
        this.changes = changes;
        this.clock = clock;
    }

    /** @return whether this call loaded the content (false: it was loaded before) */
    @Transactional
    public boolean loadOnce(List<SeedCategory> seedCategories, List<SeedTopic> seedTopics) {
        TaskLock lock = locks.lock(TASK);
        if (lock.isCompleted() || categories.count() > 0) {
            return false;
        }
        Instant now = clock.instant();
        Map<String, Team> teamByCode = teams.findAll().stream().collect(Collectors.toMap(Team::getCode, Function.identity()));
        Map<String, Category> bySlug = new HashMap<>();
        for (SeedCategory seed : seedCategories) {
            Category parent = seed.parentSlug() == null ? null : required(bySlug, seed.parentSlug());
            Team team = teamByCode.get(seed.teamCode());
            if (team == null) {
                throw new BusinessException("kb.seed.unknown-team", seed.teamCode());
            }
            Category category = new Category(seed.slug(), seed.name(), parent, team, seed.featured(), seed.position());
            categories.add(category);
            bySlug.put(seed.slug(), category);
        }
        long change = changes.raise();
        Map<String, Topic> topicBySlug = new HashMap<>();
        for (SeedTopic seed : seedTopics) {
            Topic topic = new Topic(seed.slug(), seed.title(), seed.markdown(), required(bySlug, seed.categorySlug()),
                    seed.visibility(), renderer, now);
            topic.publish(now);
            topic.changedIn(change);
            topics.add(topic);
            topicBySlug.put(seed.slug(), topic);
        }
        for (SeedTopic seed : seedTopics) {
            topicBySlug.get(seed.slug()).relateTo(seed.related().stream().map(slug -> required(topicBySlug, slug)).toList());
        }
        lock.complete(now);
        return true;
    }

    private static <T> T required(Map<String, T> bySlug, String slug) {
        T found = bySlug.get(slug);
        if (found == null) {
            throw new BusinessException("kb.seed.unknown-reference", slug);
        }
        return found;
    }
}
