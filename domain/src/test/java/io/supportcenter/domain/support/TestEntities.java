package io.supportcenter.domain.support;

import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.staff.TeamRepository;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /**
     * An in-memory store of these staff users (give them ids with {@link #withId}); a user added later
     * gets the next free id from 100 on.
     */
    public static StaffUserRepository staff(StaffUser... users) {
        List<StaffUser> kept = new ArrayList<>(List.of(users));
        return new StaffUserRepository() {
            @Override
            public Optional<StaffUser> findById(long id) {
                return kept.stream().filter(user -> user.getId() == id).findFirst();
            }

            @Override
            public Optional<StaffUser> findByEmail(String email) {
                return kept.stream().filter(user -> user.getEmail().equalsIgnoreCase(email)).findFirst();
            }

            @Override
            public List<StaffUser> findAll() {
                return List.copyOf(kept);
            }

            @Override
            public void add(StaffUser staffUser) {
                kept.add(withId(staffUser, 100L + kept.size()));
            }

            @Override
            public Optional<StaffUser> findByInvitationHash(String hash) {
                return kept.stream().filter(user -> hash.equals(field(user, "invitationHash"))).findFirst();
            }
        };
    }

    /** Reads what the database would store, without adding getters for tests alone. */
    private static Object field(Object target, String name) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return field.get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
