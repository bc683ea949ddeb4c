package io.supportcenter.domain.support;

import io.supportcenter.domain.identity.AccountId;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.identity.UserId;
import java.util.Set;

/** Callers as the web tier makes them for a signed-in session, from one documentation address. */
public final class Callers {

    public static final String ADDRESS = "192.0.2.10";

    private Callers() {
    }

    /** A staff user; the roles are what the session was signed in with (services read the user's own again). */
    public static Caller.Staff staff(long staffId, StaffRole... roles) {
        return new Caller.Staff(new StaffId(staffId), Set.of(roles), ADDRESS);
    }

    public static Caller.Member member(long userId, long accountId) {
        return new Caller.Member(new UserId(userId), new AccountId(accountId), ADDRESS);
    }
}
