package io.supportcenter.domain.staff;

import java.util.List;
import java.util.Optional;

/** Port to the store of teams; implemented in the persistence module. */
public interface TeamRepository {

    List<Team> findAll();

    void add(Team team);

    /** The team with this code (there are a handful of teams). */
    default Optional<Team> findByCode(String code) {
        return findAll().stream().filter(team -> team.getCode().equals(code)).findFirst();
    }
}
