package io.supportcenter.domain.kb;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.DomainEvent;
import io.supportcenter.domain.staff.StaffUserRepository;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.staff.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The routing table (SPEC §5): which team a question in each category goes to, as admins set it. A
 * change applies to questions sent afterwards; inquiries already sent stay with their team.
 */
@ApplicationScoped
public class RoutingTable {

    private CategoryRepository categories;
    private TeamRepository teams;
    private StaffUserRepository staff;
    private Event<DomainEvent> events;

    protected RoutingTable() {
        // for CDI proxies
    }

    @Inject
    public RoutingTable(CategoryRepository categories, TeamRepository teams, StaffUserRepository staff, Event<DomainEvent> events) {
        this.categories = categories;
        this.teams = teams;
        this.staff = staff;
        this.events = events;
    }

    /**
     * Routes each category to the team with the given code; rows whose team is unchanged are left alone.
     *
     * @return how many categories changed team
     */
    @Transactional
    public int route(Caller.Staff caller, Map<Long, String> teamCodeByCategory) {
        staff.requireAdmin(caller);
        Map<String, Team> chosen = teams.requireAll(teamCodeByCategory.values());
        Map<Long, Category> byId = categories.findAll().stream().collect(Collectors.toMap(Category::getId, Function.identity()));
        int changed = 0;
        for (Map.Entry<Long, String> row : teamCodeByCategory.entrySet()) {
            Category category = byId.get(row.getKey());
            if (category == null) {
                throw new BusinessException("kb.category.not-found");
            }
            Team team = chosen.get(row.getValue());
            if (!category.getTeam().getCode().equals(team.getCode())) {
                String before = category.getTeam().getCode();
                category.assignTo(team);
                events.fire(new RoutingChanged(caller, category, before));
                changed++;
            }
        }
        return changed;
    }
}
