package io.supportcenter.domain.staff;

import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.identity.StaffRole;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * What the console shows about the signed-in staff user: a read model, detached from the entities. {@code timeZone}
 * is the zone they chose to read times in, or null for the business calendar's.
 */
public record StaffProfile(StaffId staffId, String name, String email, Set<StaffRole> roles, List<String> teamNames,
                           List<String> teamCodes, ZoneId timeZone) {
}
