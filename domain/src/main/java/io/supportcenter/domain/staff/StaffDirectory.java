package io.supportcenter.domain.staff;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The staff users as administrators keep them (SPEC §7, administration): who has which roles and
 * teams, and who may sign in at all. An admin cannot take away their own admin role nor disable
 * themselves, so there is always someone left to administer.
 */
@ApplicationScoped
public class StaffDirectory {

    private StaffUserRepository staff;
    private TeamRepository teams;
    private Event<DomainEvent> events;

    protected StaffDirectory() {
        // for CDI proxies
    }

    @Inject
    public StaffDirectory(StaffUserRepository staff, TeamRepository teams, Event<DomainEvent> events) {
        this.staff = staff;
        this.teams = teams;
        this.events = events;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Member> all(Caller.Staff caller) {
        staff.requireAdmin(caller);
        return staff.findAll().stream().map(Member::of).toList();
    }

    /** Sets a staff user's roles, teams and whether they may sign in; a change of roles or a disable ends their sessions. */
    @Transactional
    public void update(Caller.Staff caller, StaffId staffId, Collection<StaffRole> roles, Collection<String> teamCodes, boolean enabled) {
        StaffUser admin = staff.requireAdmin(caller);
        StaffUser target = staff.findById(staffId.value()).orElseThrow(() -> new BusinessException("staff.not-found"));
        if (target.getId().equals(admin.getId()) && (!roles.contains(StaffRole.ADMIN) || !enabled)) {
            throw new BusinessException("staff.self.keep-admin");
        }
        Set<Team> chosen = Set.copyOf(teams.requireAll(teamCodes).values());
        target.changeAccess(roles, chosen);
        if (enabled) {
            target.enable();
        } else {
            target.disable();
        }
        events.fire(new StaffEvent.AccessChanged(caller, target, roles, teamCodes, enabled));
    }

    /** One staff user as the administration page lists them. */
    public record Member(long id, String name, String email, Set<StaffRole> roles, Set<String> teamCodes, String teamNames,
                         boolean enabled, boolean secondFactor, boolean invited) implements Serializable {

        static Member of(StaffUser user) {
            return new Member(user.getId(), user.getName(), user.getEmail(), Set.copyOf(user.getRoles()),
                    user.getTeams().stream().map(Team::getCode).collect(Collectors.toUnmodifiableSet()),
                    user.getTeams().stream().map(Team::getName).sorted().collect(Collectors.joining(", ")),
                    user.isEnabled(), user.hasSecondFactor(), user.isInvited());
        }
    }
}
