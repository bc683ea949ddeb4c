package io.supportcenter.domain.kb;

import io.supportcenter.domain.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A knowledge-base topic. Editors write Markdown; the HTML that readers get is rendered and
 * sanitised when the body is set (see {@link TopicRenderer}), never from unsanitised input.
 * Invariant: a topic is not related to itself.
 */
@Entity
@Table(name = "kb_topic")
public class Topic {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_topic_seq")
    @SequenceGenerator(name = "kb_topic_seq", sequenceName = "kb_topic_seq", allocationSize = 50)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true, length = 80)
    private String slug;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "body_markdown", nullable = false, length = MAX_BODY)
    private String bodyMarkdown;

    @Column(name = "body_html", nullable = false, length = 2 * MAX_BODY)
    private String bodyHtml;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 20)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TopicStatus status;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "kb_topic_related", joinColumns = @JoinColumn(name = "topic_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"))
    @OrderBy("title")
    private Set<Topic> related = new LinkedHashSet<>();

    /** Editors' choices for Most Popular Topics. */
    @Column(name = "pinned", nullable = false)
    private boolean pinned;

    /** When the topic was pinned: pinned topics lead Most Popular Topics in the order the editors pinned them. */
    @Column(name = "pinned_at")
    private Instant pinnedAt;

    @Column(name = "hidden_from_popular", nullable = false)
    private boolean hiddenFromPopular;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The knowledge base's change that last touched what the search index holds of this topic. */
    @Column(name = "change_number", nullable = false)
    private long changeNumber;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Topic() {
        // for JPA
    }

    public Topic(String slug, String title, String markdown, Category category, Visibility visibility,
                 TopicRenderer renderer, Instant now) {
        this.slug = Slugs.require(slug);
        this.category = Objects.requireNonNull(category);
        this.visibility = Objects.requireNonNull(visibility);
        this.status = TopicStatus.DRAFT;
        this.createdAt = now;
        edit(title, markdown, renderer, now);
    }

    /** New title and body; the reader's HTML is rendered and sanitised here. */
    public void edit(String newTitle, String markdown, TopicRenderer renderer, Instant now) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new BusinessException("kb.topic.title.required");
        }
        if (newTitle.strip().length() > MAX_TITLE) {
            throw new BusinessException("kb.topic.title.too-long");
        }
        if (markdown == null || markdown.isBlank()) {
            throw new BusinessException("kb.topic.body.required");
        }
        if (markdown.length() > MAX_BODY) {
            throw new BusinessException("kb.topic.body.too-long");
        }
        this.title = newTitle.strip();
        this.bodyMarkdown = markdown;
        this.bodyHtml = renderer.toSafeHtml(markdown);
        this.updatedAt = now;
    }

    /** Marks the topic as changed by the knowledge base's change {@code change}, for every node's search index. */
    public void changedIn(long change) {
        this.changeNumber = change;
    }

    public void classify(Category newCategory, Visibility newVisibility, Instant now) {
        this.category = Objects.requireNonNull(newCategory);
        this.visibility = Objects.requireNonNull(newVisibility);
        this.updatedAt = now;
    }

    public void publish(Instant now) {
        this.status = TopicStatus.PUBLISHED;
        this.updatedAt = now;
    }

    public void unpublish(Instant now) {
        this.status = TopicStatus.DRAFT;
        this.updatedAt = now;
    }

    public void relateTo(Collection<Topic> topics) {
        Set<Topic> next = new LinkedHashSet<>();
        for (Topic topic : topics) {
            if (topic == this || (id != null && id.equals(topic.id))) {
                throw new BusinessException("kb.topic.related.self");
            }
            next.add(topic);
        }
        related.clear();
        related.addAll(next);
    }

    /** Pins or unpins; pinning again keeps the topic's place among the pinned. */
    public void pin(boolean value, Instant now) {
        if (value && !pinned) {
            this.pinnedAt = now;
        }
        this.pinned = value;
        if (value) {
            this.hiddenFromPopular = false;
        } else {
            this.pinnedAt = null;
        }
    }

    public void hideFromPopular(boolean value) {
        this.hiddenFromPopular = value;
        if (value) {
            this.pinned = false;
            this.pinnedAt = null;
        }
    }

    public boolean isReadableBy(Set<Visibility> allowed) {
        return status == TopicStatus.PUBLISHED && allowed.contains(visibility);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Category getCategory() {
        return category;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public TopicStatus getStatus() {
        return status;
    }

    public Set<Topic> getRelated() {
        return Collections.unmodifiableSet(related);
    }

    public boolean isPinned() {
        return pinned;
    }

    public Instant getPinnedAt() {
        return pinnedAt;
    }

    public boolean isHiddenFromPopular() {
        return hiddenFromPopular;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The optimistic version an editor's form was loaded with, to refuse a stale save. */
    public long getVersion() {
        return version;
    }
}
