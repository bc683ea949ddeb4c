package io.supportcenter.domain.staff;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/** Reads the profile of a signed-in staff user for the console. */
@ApplicationScoped
public class StaffProfileService {

    private StaffUserRepository staff;

    protected StaffProfileService() {
        // for CDI proxies
    }

    @Inject
    public StaffProfileService(StaffUserRepository staff) {
        this.staff = staff;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffProfile> find(StaffId staffId) {
        return staff.findById(staffId.value()).map(StaffProfileService::profile);
    }

    /** The profile together with what the per-request session check needs, in one read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SignedInStaff> signedIn(StaffId staffId) {
        return staff.findById(staffId.value()).map(user -> new SignedInStaff(profile(user), user.getCredentialsVersion(), user.isEnabled()));
    }

    /** The zone the staff user reads times in from now on; null: the business calendar's. */
    @Transactional
    public void readTimesIn(Caller.Staff caller, ZoneId zone) {
        staff.requireEnabled(caller).readTimesIn(zone);
    }

    private static StaffProfile profile(StaffUser user) {
        return new StaffProfile(new StaffId(user.getId()), user.getName(), user.getEmail(),
                Set.copyOf(user.getRoles()),
                user.getTeams().stream().map(Team::getName).sorted().toList(),
                user.getTeams().stream().map(Team::getCode).sorted().toList(), user.getTimeZone().orElse(null));
    }
}
