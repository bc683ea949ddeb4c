package io.supportcenter.domain.staff;

import io.supportcenter.domain.shared.BusinessException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Port to the store of teams; implemented in the persistence module. */
public interface TeamRepository {

    List<Team> findAll();

    void add(Team team);

    /** The team with this code (there are a handful of teams). */
    default Optional<Team> findByCode(String code) {
        return findAll().stream().filter(team -> team.getCode().equals(code)).findFirst();
    }

    /** The teams with these codes, read at once; an unknown code is refused. */
    default Map<String, Team> requireAll(Collection<String> codes) {
        Map<String, Team> byCode = findAll().stream().collect(Collectors.toMap(Team::getCode, Function.identity()));
        Map<String, Team> wanted = new HashMap<>();
        for (String code : codes) {
            Team team = byCode.get(code);
            if (team == null) {
                throw new BusinessException("staff.team.unknown");
            }
            wanted.put(code, team);
        }
        return wanted;
    }
}
