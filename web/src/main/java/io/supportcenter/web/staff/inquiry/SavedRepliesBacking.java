package io.supportcenter.web.staff.inquiry;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.inquiry.SavedReplies;
import io.supportcenter.domain.inquiry.StaffInquiryService;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.Team;
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
 * {@code /staff/saved-replies[?edit=<id>]} (supervisors, admins): every team's saved replies; write a
 * new one or change one. Refusals keep what was typed; success redirects.
 */
@Named
@ViewScoped
public class SavedRepliesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "saved-reply.title.required", "reply:title", "saved-reply.title.too-long", "reply:title",
            "saved-reply.body.required", "reply:body", "saved-reply.body.too-long", "reply:body");

    @Inject
    SavedReplies savedReplies;

    @Inject
    StaffInquiryService inquiries;

    @Inject
    CurrentUser currentUser;

    private Long edit;
    private String team;
    private String title;
    private String body;
    private List<SavedReplies.View> all = List.of();

    /** View action: the list, and the reply to change when {@code ?edit=} names one. */
    public void load() {
        all = savedReplies.all(caller());
        all.stream().filter(reply -> edit != null && reply.id() == edit).findFirst().ifPresentOrElse(reply -> {
            team = reply.teamCode();
            title = reply.title();
            body = reply.body();
        }, () -> edit = null);
    }

    public void save() throws IOException {
        if (edit == null && (team == null || team.isBlank())) {
            Texts.error("reply:team", "saved-replies.team.required");
            return;
        }
        run(() -> savedReplies.save(caller(), edit, team, title, body), "saved-replies.saved");
    }

    public void remove(long id) throws IOException {
        run(() -> savedReplies.remove(caller(), id), "saved-replies.removed");
    }

    private void run(Runnable action, String doneKey) throws IOException {
        try {
            action.run();
        } catch (BusinessException e) {
            Texts.error(FIELDS.get(e.messageKey()), e.messageKey());
            return;
        }
        Redirects.withInfo(doneKey, "/staff/saved-replies");
    }

    private Caller.Staff caller() {
        return currentUser.staffCaller();
    }

    public List<SavedReplies.View> getAll() {
        return all;
    }

    public List<Team> getTeams() {
        return inquiries.teams();
    }

    public Long getEdit() {
        return edit;
    }

    public void setEdit(Long edit) {
        this.edit = edit;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
