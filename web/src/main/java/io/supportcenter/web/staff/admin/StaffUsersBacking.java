package io.supportcenter.web.staff.admin;

import io.supportcenter.domain.auth.StaffInvitations;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffDirectory;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.staff.TeamRepository;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.cdi.ViewScoped;

/**
 * {@code /staff/admin/staff[?edit=<id>]} (admins): every staff user with roles, teams and status;
 * change one, or invite someone new. A refusal is shown next to its field with the choices kept; success redirects.
 */
@Named
@ViewScoped
public class StaffUsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "staff.roles.required", "member:roles", "staff.self.keep-admin", "member:roles",
            "staff.team.unknown", "member:teams");
    private static final Map<String, String> INVITE_FIELDS = Map.of(
            "staff.name.required", "invite:name", "validation.email.invalid", "invite:email",
            "staff.invite.email-taken", "invite:email", "staff.roles.required", "invite:roles", "staff.team.unknown", "invite:teams");

    @Inject
    StaffDirectory directory;

    @Inject
    StaffInvitations invitations;

    @Inject
    TeamRepository teamRepository;

    @Inject
    CurrentUser currentUser;


    private Long edit;
    private List<StaffDirectory.Member> all = List.of();
    private StaffDirectory.Member editing;
    private List<String> roles = new ArrayList<>();
    private List<String> teams = new ArrayList<>();
    private boolean enabled;
    private String inviteName;
    private String inviteEmail;
    private List<String> inviteRoles = new ArrayList<>(List.of(StaffRole.AGENT.name()));
    private List<String> inviteTeams = new ArrayList<>();

    /** View action: the list, and the user to change when {@code ?edit=} names one. */
    public void load() {
        all = directory.all(caller());
        editing = all.stream().filter(member -> edit != null && member.id() == edit).findFirst().orElse(null);
        if (editing != null) {
            roles = editing.roles().stream().map(StaffRole::name).sorted().collect(Collectors.toCollection(ArrayList::new));
            teams = new ArrayList<>(editing.teamCodes());
            enabled = editing.enabled();
        } else {
            edit = null;
        }
    }

    public void save() throws IOException {
        try {
            directory.update(caller(), new StaffId(edit), roles.stream().map(StaffRole::valueOf).toList(), teams, enabled);
        } catch (BusinessException e) {
            Texts.error(FIELDS.get(e.messageKey()), e.messageKey(), e.arguments().toArray());
            return;
        }
        Redirects.withInfo("staff-users.saved", "/staff/admin/staff");
    }

    /** Creates the user and emails them the link on which they choose their password. */
    public void invite() throws IOException {
        try {
            invitations.invite(caller(), inviteName, inviteEmail, inviteRoles.stream().map(StaffRole::valueOf).toList(), inviteTeams);
        } catch (BusinessException e) {
            Texts.error(INVITE_FIELDS.get(e.messageKey()), e.messageKey(), e.arguments().toArray());
            return;
        }
        Redirects.withInfo("staff-users.invited", "/staff/admin/staff");
    }

    /** A new invitation link for the user being changed, who has not chosen a password yet. */
    public void resend() throws IOException {
        try {
            invitations.resend(caller(), new StaffId(edit));
        } catch (BusinessException e) {
            Texts.error(null, e.messageKey(), e.arguments().toArray());
            return;
        }
        Redirects.withInfo("staff-users.invitation-sent-again", "/staff/admin/staff");
    }

    private Caller.Staff caller() {
        return currentUser.staffCaller();
    }

    public String roleNames(StaffDirectory.Member member) {
        return member.roles().stream().sorted().map(role -> Texts.text("staff.role." + role)).reduce((a, b) -> a + ", " + b).orElse("");
    }

    public StaffRole[] getAllRoles() {
        return StaffRole.values();
    }

    public List<Team> getAllTeams() {
        return teamRepository.findAll();
    }

    public List<StaffDirectory.Member> getAll() {
        return all;
    }

    public StaffDirectory.Member getEditing() {
        return editing;
    }

    public Long getEdit() {
        return edit;
    }

    public void setEdit(Long edit) {
        this.edit = edit;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public List<String> getTeams() {
        return teams;
    }

    public void setTeams(List<String> teams) {
        this.teams = teams;
    }

    public String getInviteName() {
        return inviteName;
    }

    public void setInviteName(String inviteName) {
        this.inviteName = inviteName;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public List<String> getInviteRoles() {
        return inviteRoles;
    }

    public void setInviteRoles(List<String> inviteRoles) {
        this.inviteRoles = inviteRoles;
    }

    public List<String> getInviteTeams() {
        return inviteTeams;
    }

    public void setInviteTeams(List<String> inviteTeams) {
        this.inviteTeams = inviteTeams;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
