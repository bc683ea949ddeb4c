package io.supportcenter.web.kb;

import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.account.MemberProfile;
import io.supportcenter.web.auth.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who is reading: the member's account type decides what they may see; visitors (null) see public topics. */
@RequestScoped
public class Reader {

    @Inject
    CurrentUser currentUser;

    public AccountType accountType() {
        return currentUser.member().map(MemberProfile::accountType).orElse(null);
    }

    public Long userId() {
        return currentUser.member().map(MemberProfile::userId).orElse(null);
    }
}
