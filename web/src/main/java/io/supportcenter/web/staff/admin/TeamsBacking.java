package io.supportcenter.web.staff.admin;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.TeamAdministration;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/**
 * {@code /staff/admin/teams[?edit=CODE]} (admins): the teams with their members; create one, or rename
 * the one named by {@code edit}. Refusals show next to their field with what was typed kept.
 */
@Named
@ViewScoped
public class TeamsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> NEW_FIELDS = Map.of("team.code.invalid", "team:code", "team.code.taken", "team:code",
            "team.name.required", "team:name", "team.name.too-long", "team:name");

    @Inject
    TeamAdministration administration;

    @Inject
    CurrentUser currentUser;


    private String edit;
    private List<TeamAdministration.TeamRow> all = List.of();
    private TeamAdministration.TeamRow editing;
    private String newCode;
    private String newName;
    private String renamed;

    public void load() {
        all = administration.all(caller());
        editing = all.stream().filter(row -> row.code().equals(edit)).findFirst().orElse(null);
        if (editing != null && renamed == null) {
            renamed = editing.name();
        }
    }

    public void create() throws IOException {
        try {
            administration.create(caller(), newCode, newName);
        } catch (BusinessException e) {
            Texts.error(NEW_FIELDS.get(e.messageKey()), e.messageKey());
            return;
        }
        Redirects.withInfo("teams.created", "/staff/admin/teams");
    }

    public void rename() throws IOException {
        try {
            administration.rename(caller(), edit, renamed);
        } catch (BusinessException e) {
            Texts.error(e.messageKey().startsWith("team.name") ? "rename:name" : null, e.messageKey());
            return;
        }
        Redirects.withInfo("teams.renamed", "/staff/admin/teams");
    }

    private Caller.Staff caller() {
        return currentUser.staffCaller();
    }

    public List<TeamAdministration.TeamRow> getAll() {
        return all;
    }

    public TeamAdministration.TeamRow getEditing() {
        return editing;
    }

    public String getEdit() {
        return edit;
    }

    public void setEdit(String edit) {
        this.edit = edit;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getRenamed() {
        return renamed;
    }

    public void setRenamed(String renamed) {
        this.renamed = renamed;
    }
}
