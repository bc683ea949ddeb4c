package io.supportcenter.domain.kb;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffUserRepository;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.staff.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What editors do with the knowledge base (staff console): organise the category tree, write and
 * publish topics, choose what Most Popular Topics pins or hides. Every change raises the change
 * counter (so every node refreshes its index) and fires {@link KnowledgeBaseEdited} (so this node
 * does at once). Every method but the public outline, the teams and the preview asks for the calling staff user, read
 * again: editors, supervisors and admins only, whatever page or endpoint calls it.
 */
@ApplicationScoped
public class KnowledgeBaseEditor {

    /** How a topic takes part in Most Popular Topics. */
    public enum PopularChoice { RANKED, PINNED, HIDDEN }

    private static final int LIST_LIMIT = 500;

    private CategoryRepository categories;
    private TopicRepository topics;
    private TeamRepository teams;
    private StaffUserRepository staff;
    private KnowledgeBaseChanges changes;
    private TopicRenderer renderer;
    private Event<KnowledgeBaseEdited> edited;
    private Clock clock;

    protected KnowledgeBaseEditor() {
        // for CDI proxies
    }

    @Inject
    public KnowledgeBaseEditor(CategoryRepository categories, TopicRepository topics, TeamRepository teams,
                               StaffUserRepository staff, KnowledgeBaseChanges changes, TopicRenderer renderer, Event<KnowledgeBaseEdited> edited,
                               Clock clock) {
        this.categories = categories;
        this.topics = topics;
        this.teams = teams;
        this.staff = staff;
        this.changes = changes;
        this.renderer = renderer;
        this.edited = edited;
        this.clock = clock;
    }

    /** The whole tree in reading order (each category followed by its sub-categories). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EditorCategory> categories(Caller.Staff editor) {
        requireEditor(editor);
        return inReadingOrder(topics.countByCategory());
    }

    /** The tree in reading order without topic counts (0 each): for pickers, where counting every topic would be wasted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EditorCategory> outline() {
        return inReadingOrder(Map.of());
    }

    private List<EditorCategory> inReadingOrder(Map<Long, Long> counts) {
        List<Category> all = categories.findAll();
        List<EditorCategory> rows = new ArrayList<>(all.size());
        addChildren(null, all, 0, counts, rows);
        return rows;
    }

    private void addChildren(Category parent, List<Category> all, int depth, Map<Long, Long> counts, List<EditorCategory> rows) {
        List<Category> children = childrenOf(parent, all);
        for (int i = 0; i < children.size(); i++) {
            Category category = children.get(i);
            rows.add(new EditorCategory(category.getId(), category.getSlug(), category.getName(),
                    category.getParent().map(Category::getId).orElse(null), depth, category.getTeam().getCode(),
                    category.getTeam().getName(), category.isFeatured(), i == 0, i == children.size() - 1,
                    counts.getOrDefault(category.getId(), 0L)));
            addChildren(category, all, depth + 1, counts, rows);
        }
    }

    private static List<Category> childrenOf(Category parent, List<Category> all) {
        return all.stream().filter(category -> Objects.equals(category.getParent().orElse(null), parent))
                .sorted(Comparator.comparingInt(Category::getPosition).thenComparing(Category::getName)).toList();
    }

    @Transactional
    public long createCategory(Caller.Staff editor, String name, Long parentId, String teamCode, boolean featured) {
        requireEditor(editor);
        Category parent = parentId == null ? null : category(parentId);
        List<Category> siblings = childrenOf(parent, categories.findAll());
        String slug = uniqueSlug(Slugs.fromTitle(name), candidate -> categories.findBySlug(candidate).isPresent());
        Category category = new Category(slug, name, parent, team(teamCode), featured,
                siblings.isEmpty() ? 0 : siblings.get(siblings.size() - 1).getPosition() + 1);
        categories.add(category);
        changed(null);
        return category.getId();
    }

    /** Renames, moves (to the end of its new siblings), features and re-assigns a category in one go. */
    @Transactional
    public void updateCategory(Caller.Staff editor, long id, String name, Long parentId, String teamCode, boolean featured) {
        requireEditor(editor);
        Category category = category(id);
        category.rename(name);
        Category parent = parentId == null ? null : category(parentId);
        if (!Objects.equals(category.getParent().orElse(null), parent)) {
            category.moveUnder(parent);
            List<Category> siblings = childrenOf(parent, categories.findAll()).stream().filter(c -> c != category).toList();
            category.placeAt(siblings.isEmpty() ? 0 : siblings.get(siblings.size() - 1).getPosition() + 1);
        }
        category.assignTo(team(teamCode));
        category.feature(featured);
        long change = changed(null);
        // The index holds each topic's category name and path: those of this category and below are re-indexed.
        topics.markChanged(subtree(category, categories.findAll()), change);
    }

    /** Moves a category one place up ({@code -1}) or down ({@code +1}) among its siblings. */
    @Transactional
    public void reorderCategory(Caller.Staff editor, long id, int step) {
        requireEditor(editor);
        Category category = category(id);
        List<Category> siblings = new ArrayList<>(childrenOf(category.getParent().orElse(null), categories.findAll()));
        int from = siblings.indexOf(category);
        int to = from + Integer.signum(step);
        if (to < 0 || to >= siblings.size()) {
            return;
        }
        siblings.remove(from);
        siblings.add(to, category);
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).placeAt(i);
        }
        changed(null);
    }

    /** The teams a category can belong to (its questions go to that team). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Team> teams() {
        return teams.findAll();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EditorTopicRow> topics(Caller.Staff editor, String titleContains) {
        requireEditor(editor);
        return topics.findForEditor(titleContains == null ? "" : titleContains.strip(), LIST_LIMIT).stream()
                .map(EditorTopicRow::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TopicDraft> topic(Caller.Staff editor, long id) {
        requireEditor(editor);
        return topics.findById(id).map(TopicDraft::of);
    }

    /** Every topic by title, for choosing related topics. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TopicSummary> allTopics(Caller.Staff editor) {
        requireEditor(editor);
        return topics.findForEditor("", Integer.MAX_VALUE).stream().sorted(Comparator.comparing(Topic::getTitle))
                .map(TopicSummary::of).toList();
    }

    /** The HTML readers would get for this Markdown (rendered and sanitised the same way). */
    public String preview(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : renderer.toSafeHtml(markdown);
    }

    /**
     * Creates or updates a topic and gives it {@code status}. An update made from a form loaded
     * before someone else's save is refused ({@code kb.topic.stale}), so no edit is lost silently.
     */
    @Transactional
    public long save(Caller.Staff editor, TopicDraft draft, TopicStatus status) {
        requireEditor(editor);
        if (draft.categoryId() == null) {
            throw new BusinessException("kb.topic.category.required");
        }
        Category category = category(draft.categoryId());
        Visibility visibility = Objects.requireNonNull(draft.visibility(), "visibility");
        Instant now = clock.instant();
        Topic topic;
        if (draft.id() == null) {
            String wanted = draft.slug() == null || draft.slug().isBlank() ? Slugs.fromTitle(draft.title()) : draft.slug().strip();
            topic = new Topic(uniqueSlug(Slugs.require(wanted), candidate -> topics.findBySlug(candidate).isPresent()),
                    draft.title(), draft.markdown(), category, visibility, renderer, now);
            topics.add(topic);
        } else {
            topic = topics.findById(draft.id()).orElseThrow(() -> new BusinessException("kb.topic.not-found"));
            if (topic.getVersion() != draft.version()) {
                throw new BusinessException("kb.topic.stale");
            }
            topic.edit(draft.title(), draft.markdown(), renderer, now);
            topic.classify(category, visibility, now);
        }
        Map<Long, Topic> related = topics.findByIds(draft.relatedIds()).stream()
                .collect(Collectors.toMap(Topic::getId, Function.identity()));
        topic.relateTo(draft.relatedIds().stream().map(related::get).filter(Objects::nonNull).toList());
        choose(topic, draft.pinned() ? PopularChoice.PINNED : draft.hiddenFromPopular() ? PopularChoice.HIDDEN : PopularChoice.RANKED);
        if (status == TopicStatus.PUBLISHED) {
            topic.publish(now);
        } else {
            topic.unpublish(now);
        }
        changed(topic);
        return topic.getId();
    }

    @Transactional
    public void setStatus(Caller.Staff editor, long id, TopicStatus status) {
        requireEditor(editor);
        Topic topic = topics.findById(id).orElseThrow(() -> new BusinessException("kb.topic.not-found"));
        if (status == TopicStatus.PUBLISHED) {
            topic.publish(clock.instant());
        } else {
            topic.unpublish(clock.instant());
        }
        changed(topic);
    }

    @Transactional
    public void setPopularChoice(Caller.Staff editor, long id, PopularChoice choice) {
        requireEditor(editor);
        Topic topic = topics.findById(id).orElseThrow(() -> new BusinessException("kb.topic.not-found"));
        choose(topic, choice);
        changed(topic);
    }

    private void requireEditor(Caller.Staff editor) {
        if (!StaffRole.editsKnowledgeBase(staff.requireEnabled(editor).getRoles())) {
            throw new BusinessException("kb.editors-only");
        }
    }

    private void choose(Topic topic, PopularChoice choice) {
        switch (choice) {
            case PINNED -> topic.pin(true, clock.instant());
            case HIDDEN -> topic.hideFromPopular(true);
            case RANKED -> {
                topic.pin(false, clock.instant());
                topic.hideFromPopular(false);
            }
        }
    }

    private long changed(Topic topic) {
        long change = changes.raise();
        if (topic != null) {
            topic.changedIn(change);
        }
        edited.fire(new KnowledgeBaseEdited(topic == null ? null : SearchIndexer.indexed(topic)));
        return change;
    }

    private static List<Long> subtree(Category root, List<Category> all) {
        List<Long> ids = new ArrayList<>(List.of(root.getId()));
        for (int i = 0; i < ids.size(); i++) {
            long parent = ids.get(i);
            all.stream().filter(c -> c.getParent().map(p -> p.getId() == parent).orElse(false)).forEach(c -> ids.add(c.getId()));
        }
        return ids;
    }

    private Category category(long id) {
        return categories.findById(id).orElseThrow(() -> new BusinessException("kb.category.not-found"));
    }

    private Team team(String code) {
        return teams.findAll().stream().filter(team -> team.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new BusinessException("kb.category.team.required"));
    }

    private static String uniqueSlug(String base, java.util.function.Predicate<String> taken) {
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            String suffix = "-" + n;
            slug = (base.length() + suffix.length() > 80 ? base.substring(0, 80 - suffix.length()) : base) + suffix;
        }
        return slug;
    }
}
