package io.supportcenter.web.staff.admin;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.kb.EditorCategory;
import io.supportcenter.domain.kb.KnowledgeBaseEditor;
import io.supportcenter.domain.kb.RoutingTable;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.staff.TeamRepository;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/**
 * {@code /staff/admin/routing} (admins): every category of the tree with the team its questions go
 * to, changed for any number of rows and saved at once.
 */
@Named
@ViewScoped
public class RoutingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoutingTable routing;

    @Inject
    KnowledgeBaseEditor knowledgeBase;

    @Inject
    TeamRepository teamRepository;

    @Inject
    CurrentUser currentUser;


    private List<EditorCategory> rows = List.of();
    private final Map<Long, String> chosen = new HashMap<>();

    public void load() {
        rows = knowledgeBase.categories(currentUser.staffCaller());
        rows.forEach(row -> chosen.putIfAbsent(row.id(), row.teamCode()));
    }

    public void save() throws IOException {
        try {
            Caller.Staff admin = currentUser.staffCaller();
            routing.route(admin, chosen);
        } catch (BusinessException e) {
            Texts.error(null, e.messageKey());
            return;
        }
        Redirects.withInfo("routing.saved", "/staff/admin/routing");
    }

    public List<EditorCategory> getRows() {
        return rows;
    }

    /** The team chosen for each category, by category id. */
    public Map<Long, String> getChosen() {
        return chosen;
    }

    public List<Team> getTeams() {
        return teamRepository.findAll();
    }
}
