package io.supportcenter.web.staff.kb;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.kb.EditorCategory;
import io.supportcenter.domain.kb.KnowledgeBaseEditor;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.web.auth.CurrentUser;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.cdi.ViewScoped;

/**
 * The category tree ({@code /staff/kb/categories}; {@code ?edit=<id>} opens one for editing):
 * create, rename, move under another category, reorder among siblings, feature on Support Home,
 * and choose the team that owns it (its questions go to that team).
 */
@Named
@ViewScoped
public class CategoryEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KnowledgeBaseEditor editor;

    @Inject
    CurrentUser currentUser;

    private List<EditorCategory> tree;
    private List<Team> teams;

    private Long editId;
    private String editName;
    private Long editParentId;
    private String editTeam;
    private boolean editFeatured;

    private String newName;
    private Long newParentId;
    private String newTeam;
    private boolean newFeatured;

    /** View action: fills the edit form from the chosen category (not on postbacks). */
    public void load() {
        selected().ifPresent(category -> {
            editName = category.name();
            editParentId = category.parentId();
            editTeam = category.teamCode();
            editFeatured = category.featured();
        });
    }

    public Optional<EditorCategory> selected() {
        return editId == null ? Optional.empty() : getTree().stream().filter(c -> c.id() == editId).findFirst();
    }

    public EditorCategory getSelected() {
        return selected().orElse(null);
    }

    public boolean isSelectionUnknown() {
        return editId != null && selected().isEmpty();
    }

    public void create() throws IOException {
        long[] created = new long[1];
        if (EditorPages.run(() -> created[0] = editor.createCategory(caller(), newName, newParentId, newTeam, newFeatured),
                "kb.category.created", Map.of("kb.category.name.invalid", "create:name", "kb.category.team.required", "create:team"))) {
            EditorPages.redirect(EditorPages.CATEGORIES, "edit", created[0]);
        }
    }

    public void save() throws IOException {
        if (EditorPages.run(() -> editor.updateCategory(caller(), editId, editName, editParentId, editTeam, editFeatured),
                "kb.category.saved", Map.of("kb.category.name.invalid", "category:name", "kb.category.cycle", "category:parent",
                        "kb.category.team.required", "category:team"))) {
            EditorPages.redirect(EditorPages.CATEGORIES, "edit", editId);
        }
    }

    public void up(long id) throws IOException {
        reorder(id, -1);
    }

    public void down(long id) throws IOException {
        reorder(id, 1);
    }

    private void reorder(long id, int step) throws IOException {
        if (EditorPages.run(() -> editor.reorderCategory(caller(), id, step), "kb.category.moved", Map.of())) {
            EditorPages.redirect(EditorPages.CATEGORIES, "edit", editId);
        }
    }

    public List<EditorCategory> getTree() {
        if (tree == null) {
            tree = editor.categories(caller());
        }
        return tree;
    }

    /** Where the chosen category may go: anywhere but itself and below itself. */
    public List<EditorCategory> getParentChoices() {
        EditorCategory self = getSelected();
        if (self == null) {
            return getTree();
        }
        List<EditorCategory> choices = new ArrayList<>();
        boolean inside = false;
        for (EditorCategory category : getTree()) {
            if (category.id() == self.id()) {
                inside = true;
                continue;
            }
            if (inside && category.depth() > self.depth()) {
                continue;
            }
            inside = false;
            choices.add(category);
        }
        return choices;
    }

    public String indented(EditorCategory category) {
        return "\u2003".repeat(category.depth()) + category.name();
    }

    public List<Team> getTeams() {
        if (teams == null) {
            teams = editor.teams();
        }
        return teams;
    }

    public Long getEditId() {
        return editId;
    }

    public void setEditId(Long editId) {
        this.editId = editId;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public Long getEditParentId() {
        return editParentId;
    }

    public void setEditParentId(Long editParentId) {
        this.editParentId = editParentId;
    }

    public String getEditTeam() {
        return editTeam;
    }

    public void setEditTeam(String editTeam) {
        this.editTeam = editTeam;
    }

    public boolean isEditFeatured() {
        return editFeatured;
    }

    public void setEditFeatured(boolean editFeatured) {
        this.editFeatured = editFeatured;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Long getNewParentId() {
        return newParentId;
    }

    public void setNewParentId(Long newParentId) {
        this.newParentId = newParentId;
    }

    public String getNewTeam() {
        return newTeam;
    }

    public void setNewTeam(String newTeam) {
        this.newTeam = newTeam;
    }

    public boolean isNewFeatured() {
        return newFeatured;
    }

    public void setNewFeatured(boolean newFeatured) {
        this.newFeatured = newFeatured;
    }

    private Caller.Staff caller() {
        return currentUser.staffCaller();
    }
}
