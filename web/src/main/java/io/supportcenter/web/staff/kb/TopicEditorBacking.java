package io.supportcenter.web.staff.kb;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.inquiry.RepeatedQuestion;
import io.supportcenter.domain.inquiry.RepeatedQuestions;
import io.supportcenter.domain.kb.EditorCategory;
import io.supportcenter.domain.kb.KnowledgeBaseEditor;
import io.supportcenter.domain.kb.KnowledgeBaseEditor.PopularChoice;
import io.supportcenter.domain.kb.TopicDraft;
import io.supportcenter.domain.kb.TopicStatus;
import io.supportcenter.domain.kb.TopicSummary;
import io.supportcenter.domain.kb.Visibility;
import io.supportcenter.web.auth.CurrentUser;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.omnifaces.cdi.ViewScoped;

/**
 * Writes one topic ({@code /staff/kb/topic?id=<id>}; without an id, a new one): Markdown with a
 * live preview of exactly what readers will get, category, visibility, related topics, its place in
 * Most Popular Topics; save, publish, unpublish. The form remembers the version it loaded, so a save
 * over a newer one is refused and what the editor typed stays on the page.
 */
@Named
@ViewScoped
public class TopicEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("kb.topic.title.required", "topic:title"),
            Map.entry("kb.topic.title.too-long", "topic:title"),
            Map.entry("kb.topic.body.required", "topic:body"),
            Map.entry("kb.topic.body.too-long", "topic:body"),
            Map.entry("kb.topic.category.required", "topic:category"),
            Map.entry("kb.category.not-found", "topic:category"),
            Map.entry("kb.slug.invalid", "topic:slug"),
            Map.entry("kb.topic.related.self", "topic:related"));

    @Inject
    KnowledgeBaseEditor editor;

    @Inject
    CurrentUser currentUser;

    @Inject
    RepeatedQuestions repeated;

    private Long id;
    /** A new topic drafted from a repeated question of this id ({@code ?from-question=}). */
    private Long fromQuestion;
    private Integer draftedFromAsked;
    private boolean missing;
    private long version;
    private String slug;
    private String title;
    private String markdown;
    private Long categoryId;
    private Visibility visibility;
    private List<Long> relatedIds = new ArrayList<>();
    private TopicStatus status = TopicStatus.DRAFT;
    private PopularChoice popularChoice = PopularChoice.RANKED;
    private String preview = "";
    private List<EditorCategory> categories;
    private List<TopicSummary> candidates;

    /** View action: loads the topic once (not on postbacks, which must keep what was typed). */
    public void load() {
        if (id == null) {
            if (fromQuestion != null) {
                repeated.question(caller(), fromQuestion).ifPresent(this::draftFrom);
            }
            return;
        }
        editor.topic(caller(), id).ifPresentOrElse(this::fill, () -> missing = true);
    }

    private void fill(TopicDraft draft) {
        version = draft.version();
        slug = draft.slug();
        title = draft.title();
        markdown = draft.markdown();
        categoryId = draft.categoryId();
        visibility = draft.visibility();
        relatedIds = new ArrayList<>(draft.relatedIds());
        status = draft.status();
        popularChoice = draft.pinned() ? PopularChoice.PINNED : draft.hiddenFromPopular() ? PopularChoice.HIDDEN : PopularChoice.RANKED;
        preview = editor.preview(markdown);
    }

    /** A draft for the editor to rewrite: the title most members gave, the answer staff sent most, in its category. */
    private void draftFrom(RepeatedQuestion question) {
        title = question.getTitle();
        markdown = question.getAnswer();
        categoryId = question.getCategory().getId();
        draftedFromAsked = question.getAsked();
        preview = editor.preview(markdown);
    }

    /** How often the question this new topic was drafted from was asked, if it was. */
    public Integer getDraftedFromAsked() {
        return draftedFromAsked;
    }

    public Long getFromQuestion() {
        return fromQuestion;
    }

    public void setFromQuestion(Long fromQuestion) {
        this.fromQuestion = fromQuestion;
    }

    public void updatePreview() {
        preview = editor.preview(markdown);
    }

    public void save() throws IOException {
        saveAs(status, id == null ? "kb.editor.created" : "kb.editor.saved");
    }

    public void publish() throws IOException {
        saveAs(TopicStatus.PUBLISHED, "kb.editor.published");
    }

    public void unpublish() throws IOException {
        saveAs(TopicStatus.DRAFT, "kb.editor.unpublished");
    }

    private void saveAs(TopicStatus wanted, String doneKey) throws IOException {
        updatePreview();
        TopicDraft draft = new TopicDraft(id, version, slug, title, markdown, categoryId, visibility, relatedIds, status,
                popularChoice == PopularChoice.PINNED, popularChoice == PopularChoice.HIDDEN);
        long[] saved = new long[1];
        if (EditorPages.run(() -> saved[0] = editor.save(caller(), draft, wanted), doneKey, FIELDS)) {
            EditorPages.redirect(EditorPages.TOPIC, "id", saved[0]);
        }
    }

    public List<EditorCategory> getCategories() {
        if (categories == null) {
            categories = editor.categories(caller());
        }
        return categories;
    }

    /** Every other topic, as candidates for related topics. */
    public List<TopicSummary> getCandidates() {
        if (candidates == null) {
            candidates = editor.allTopics(caller()).stream().filter(topic -> !Objects.equals(topic.id(), id)).toList();
        }
        return candidates;
    }

    public String indented(EditorCategory category) {
        return "\u2003".repeat(category.depth()) + category.name();
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }

    public PopularChoice[] getPopularChoices() {
        return PopularChoice.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isPublished() {
        return status == TopicStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isMissing() {
        return missing;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMarkdown() {
        return markdown;
    }

    public void setMarkdown(String markdown) {
        this.markdown = markdown;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public List<Long> getRelatedIds() {
        return relatedIds;
    }

    public void setRelatedIds(List<Long> relatedIds) {
        this.relatedIds = relatedIds == null ? new ArrayList<>() : new ArrayList<>(relatedIds);
    }

    public TopicStatus getStatus() {
        return status;
    }

    public PopularChoice getPopularChoice() {
        return popularChoice;
    }

    public void setPopularChoice(PopularChoice popularChoice) {
        this.popularChoice = popularChoice;
    }

    public String getPreview() {
        return preview;
    }

    private Caller.Staff caller() {
        return currentUser.staffCaller();
    }
}
