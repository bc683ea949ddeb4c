package io.supportcenter.web.kb;

import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.account.MemberProfile;
import io.supportcenter.web.auth.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;

/** Who is reading: the member's account type decides what they may see; visitors (null) see public topics. */
@RequestScoped
public class Reader {

    private static final ZoneId SUPPORT_ZONE = ZoneId.of("America/Los_Angeles");

    @Inject
    CurrentUser currentUser;

    public AccountType accountType() {
        return currentUser.member().map(MemberProfile::accountType).orElse(null);
    }

    /** Members read times in their own zone; visitors in the support calendar's (Pacific). */
    public ZoneId timeZone() {
        return currentUser.member().map(MemberProfile::timeZone).orElse(SUPPORT_ZONE);
    }

    public Long userId() {
        return currentUser.member().map(MemberProfile::userId).orElse(null);
    }
}
