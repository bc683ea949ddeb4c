package io.supportcenter.domain.staff;

import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.audit.AuditLog;
import io.supportcenter.domain.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;

/** The teams as admins keep them (SPEC §7, administration): create a team, rename one; codes never change. */
@ApplicationScoped
public class TeamAdministration {

    private TeamRepository teams;
    private StaffUserRepository staff;
    private AuditLog audit;

    protected TeamAdministration() {
        // for CDI proxies
    }

    @Inject
    public TeamAdministration(TeamRepository teams, StaffUserRepository staff, AuditLog audit) {
        this.teams = teams;
        this.staff = staff;
        this.audit = audit;
    }

    /** Every team with how many staff users belong to it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TeamRow> all(long adminId) {
        staff.requireAdmin(adminId);
        List<StaffUser> everyone = staff.findAll();
        return teams.findAll().stream().map(team -> new TeamRow(team.getCode(), team.getName(),
                everyone.stream().filter(user -> user.getTeams().contains(team)).count())).toList();
    }

    @Transactional
    public void create(long adminId, String code, String name, Actor actor) {
        staff.requireAdmin(adminId);
        Team team = new Team(code, name);
        if (teams.findByCode(team.getCode()).isPresent()) {
            throw new BusinessException("team.code.taken");
        }
        teams.add(team);
        audit.record(AuditAction.TEAM_CREATED, actor, "team:" + team.getCode(), team.getName());
    }

    @Transactional
    public void rename(long adminId, String code, String name, Actor actor) {
        staff.requireAdmin(adminId);
        Team team = teams.findByCode(code).orElseThrow(() -> new BusinessException("staff.team.unknown"));
        String before = team.getName();
        team.rename(name);
        audit.record(AuditAction.TEAM_RENAMED, actor, "team:" + code, before + " → " + team.getName());
    }

    /** One team on the teams page. */
    public record TeamRow(String code, String name, long members) implements Serializable {
    }
}
