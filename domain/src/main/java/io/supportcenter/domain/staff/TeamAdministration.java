package io.supportcenter.domain.staff;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;

/** The teams as admins keep them (SPEC §7, administration): create a team, rename one; codes never change. */
@ApplicationScoped
public class TeamAdministration {

    private TeamRepository teams;
    private StaffUserRepository staff;
    private Event<DomainEvent> events;

    protected TeamAdministration() {
        // for CDI proxies
    }

    @Inject
    public TeamAdministration(TeamRepository teams, StaffUserRepository staff, Event<DomainEvent> events) {
        this.teams = teams;
        this.staff = staff;
        this.events = events;
    }

    /** Every team with how many staff users belong to it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TeamRow> all(Caller.Staff caller) {
        staff.requireAdmin(caller);
        List<StaffUser> everyone = staff.findAll();
        return teams.findAll().stream().map(team -> new TeamRow(team.getCode(), team.getName(),
                everyone.stream().filter(user -> user.getTeams().contains(team)).count())).toList();
    }

    @Transactional
    public void create(Caller.Staff caller, String code, String name) {
        staff.requireAdmin(caller);
        Team team = new Team(code, name);
        if (teams.findByCode(team.getCode()).isPresent()) {
            throw new BusinessException("team.code.taken");
        }
        teams.add(team);
        events.fire(new StaffEvent.TeamCreated(caller, team));
    }

    @Transactional
    public void rename(Caller.Staff caller, String code, String name) {
        staff.requireAdmin(caller);
        Team team = teams.findByCode(code).orElseThrow(() -> new BusinessException("staff.team.unknown"));
        String before = team.getName();
        team.rename(name);
        events.fire(new StaffEvent.TeamRenamed(caller, team, before));
    }

    /** One team on the teams page. */
    public record TeamRow(String code, String name, long members) implements Serializable {
    }
}
