package io.supportcenter.domain.support;

import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.staff.TeamRepository;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/** Entities as the database would hand them out (with ids), for tests that run without one. */
public final class TestEntities {

    private TestEntities() {
    }

    public static Team team(long id, String code, String name) {
        Team team = new Team() {
        };
        set(team, Team.class, "id", id);
        set(team, Team.class, "code", code);
        set(team, Team.class, "name", name);
        return team;
    }

    public static <T> T withId(T entity, long id) {
        set(entity, entity.getClass(), "id", id);
        return entity;
    }

    private static void set(Object target, Class<?> type, String field, Object value) {
        try {
            Field f = type.getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An in-memory store of these teams; a team added later is kept too. */
    public static TeamRepository teams(Team... teams) {
        List<Team> kept = new ArrayList<>(List.of(teams));
        return new TeamRepository() {
            @Override
            public List<Team> findAll() {
                return List.copyOf(kept);
            }

            @Override
            public void add(Team team) {
                kept.add(withId(team, 100L + kept.size()));
            }
        };
    }
}
