package io.supportcenter.web.staff.kb;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.kb.EditorTopicRow;
import io.supportcenter.domain.kb.KnowledgeBaseEditor;
import io.supportcenter.domain.kb.KnowledgeBaseEditor.PopularChoice;
import io.supportcenter.domain.kb.PopularTopics;
import io.supportcenter.domain.kb.TopicStatus;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.Moments;
import io.supportcenter.web.shell.Texts;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/**
 * The editor's topic list ({@code /staff/kb}, {@code ?q=} filters by title): publish and unpublish,
 * pin and hide for Most Popular Topics, and recompute that list now.
 */
@Named
@ViewScoped
public class TopicListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Moments moments;

    @Inject
    KnowledgeBaseEditor editor;

    @Inject
    CurrentUser currentUser;

    @Inject
    PopularTopics popular;

    private String query;
    private List<EditorTopicRow> rows;

    public List<EditorTopicRow> getRows() {
        if (rows == null) {
            rows = editor.topics(caller(), query);
        }
        return rows;
    }

    public void publish(long id) throws IOException {
        change(() -> editor.setStatus(caller(), id, TopicStatus.PUBLISHED), "kb.editor.published");
    }

    public void unpublish(long id) throws IOException {
        change(() -> editor.setStatus(caller(), id, TopicStatus.DRAFT), "kb.editor.unpublished");
    }

    public void choose(long id, String choice) throws IOException {
        change(() -> editor.setPopularChoice(caller(), id, PopularChoice.valueOf(choice)), "kb.editor.popular." + choice);
    }

    public void refreshPopular() throws IOException {
        change(popular::refresh, "kb.editor.popular.refreshed");
    }

    private void change(Runnable action, String doneKey) throws IOException {
        if (EditorPages.run(action, doneKey, Map.of())) {
            EditorPages.redirect(EditorPages.TOPICS, "q", query);
        }
    }

    public String statusText(EditorTopicRow row) {
        return Texts.text("kb.status." + row.status());
    }

    /** When the topic last changed, as every console page writes a moment. */
    public String updated(EditorTopicRow row) {
        return moments.at(row.updatedAt());
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? null : query.strip();
    }

    private Caller.Staff caller() {
        return currentUser.staffCaller();
    }
}
