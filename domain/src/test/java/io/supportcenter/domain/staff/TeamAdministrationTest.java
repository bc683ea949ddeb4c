package io.supportcenter.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.kb.Category;
import io.supportcenter.domain.kb.CategoryRepository;
import io.supportcenter.domain.kb.RoutingTable;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.support.AuthFixture;
import io.supportcenter.domain.support.Callers;
import io.supportcenter.domain.support.TestEntities;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Teams and the routing table as admins keep them: codes are fixed and unique, names change, categories move between teams. */
class TeamAdministrationTest {

    private static final Team CLIENT = TestEntities.team(1, Team.CLIENT_SUPPORT, "Client Support");

    private final AuthFixture fixture = new AuthFixture();
    private final TeamRepository teams = TestEntities.teams(CLIENT);
    private final List<StaffUser> people = List.of(
            TestEntities.withId(new StaffUser("admin@fixture.example", "Ada", "hash", List.of(StaffRole.ADMIN), List.of(), Instant.EPOCH), 1),
            TestEntities.withId(new StaffUser("sup@fixture.example", "Sam", "hash", List.of(StaffRole.SUPERVISOR), List.of(CLIENT),
                    Instant.EPOCH), 2));
    private final StaffUserRepository staff = TestEntities.staff(people.toArray(StaffUser[]::new));
    private final TeamAdministration administration = new TeamAdministration(teams, staff, fixture.events);

    @Test
    void aTeamsMembersAreCountedWhateverInstanceOfTheTeamTheyHold() {
        // The supervisor's team as another persistence context reads it: the same row, another instance.
        Team sameRow = TestEntities.team(1, Team.CLIENT_SUPPORT, "Client Support");
        StaffUser agent = TestEntities.withId(new StaffUser("agent@fixture.example", "Avery", "hash", List.of(StaffRole.AGENT),
                List.of(sameRow), Instant.EPOCH), 3);
        TeamAdministration counting = new TeamAdministration(teams, TestEntities.staff(people.get(0), people.get(1), agent),
                fixture.events);
        assertEquals(List.of(new TeamAdministration.TeamRow(Team.CLIENT_SUPPORT, "Client Support", 2)), counting.all(Callers.staff(1)));
    }

    @Test
    void aNewTeamHasAFixedUniqueCodeAndANameThatChanges() {
        administration.create(Callers.staff(1), "BILLING", " Billing ");
        administration.rename(Callers.staff(1), "BILLING", "Billing and Payments");

        assertEquals(List.of(new TeamAdministration.TeamRow(Team.CLIENT_SUPPORT, "Client Support", 1),
                new TeamAdministration.TeamRow("BILLING", "Billing and Payments", 0)), administration.all(Callers.staff(1)));
        assertEquals("team.code.taken", refusal(() -> administration.create(Callers.staff(1), "BILLING", "Again")));
        assertEquals("team.code.invalid", refusal(() -> administration.create(Callers.staff(1), "billing team", "Billing")));
        assertEquals("team.name.required", refusal(() -> administration.create(Callers.staff(1), "LEGAL", " ")));
        assertEquals("team.name.too-long", refusal(() -> administration.rename(Callers.staff(1), "BILLING", "x".repeat(81))));
        assertEquals("staff.admins-only", refusal(() -> administration.create(Callers.staff(2), "LEGAL", "Legal")));
        assertEquals(List.of(AuditAction.TEAM_CREATED, AuditAction.TEAM_RENAMED), fixture.audit.stream().map(e -> e.getAction()).toList());
    }

    @Test
    void theRoutingTableMovesCategoriesAndRecordsOnlyRealChanges() {
        administration.create(Callers.staff(1), "BILLING", "Billing");
        Team billing = teams.findByCode("BILLING").orElseThrow();
        Category payments = TestEntities.withId(new Category("payments", "Payments", null, CLIENT, false, 0), 7);
        Category reports = TestEntities.withId(new Category("reports", "Reports", null, CLIENT, false, 1), 8);
        List<Category> all = new ArrayList<>(List.of(payments, reports));
        RoutingTable routing = new RoutingTable(categories(all), teams, staff, fixture.events);

        assertEquals(1, routing.route(Callers.staff(1), Map.of(7L, "BILLING", 8L, Team.CLIENT_SUPPORT)));

        assertEquals(billing, payments.getTeam());
        assertEquals(CLIENT, reports.getTeam());
        assertEquals("CLIENT_SUPPORT → BILLING", fixture.audit.get(fixture.audit.size() - 1).getDetail());
        assertEquals("staff.team.unknown", refusal(() -> routing.route(Callers.staff(1), Map.of(8L, "NOBODY"))));
        assertEquals("staff.admins-only", refusal(() -> routing.route(Callers.staff(2), Map.of(8L, "BILLING"))));
        assertEquals(CLIENT, reports.getTeam());
    }

    private static String refusal(Runnable action) {
        return assertThrows(BusinessException.class, action::run).messageKey();
    }

    private static CategoryRepository categories(List<Category> all) {
        return new CategoryRepository() {
            @Override
            public List<Category> findAll() {
                return all;
            }

            @Override
            public Optional<Category> findBySlug(String slug) {
                return all.stream().filter(c -> c.getSlug().equals(slug)).findFirst();
            }

            @Override
            public Optional<Category> findById(long id) {
                return all.stream().filter(c -> c.getId() == id).findFirst();
            }

            @Override
            public void add(Category category) {
                all.add(category);
            }

            @Override
            public long count() {
                return all.size();
            }
        };
    }
}
