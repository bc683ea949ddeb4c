package io.supportcenter.domain.staff;

import java.util.List;

/** Port to the store of teams; implemented in the persistence module. */
public interface TeamRepository {

    List<Team> findAll();
}
