package io.supportcenter.domain.staff;

import java.util.List;
import java.util.Set;

/** What the console shows about the signed-in staff user: a read model, detached from the entities. */
public record StaffProfile(long staffId, String name, String email, Set<StaffRole> roles, List<String> teamNames,
                           List<String> teamCodes) {
}
