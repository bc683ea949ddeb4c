package io.supportcenter.web.kb;

import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.account.MemberProfile;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.web.auth.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Who is reading: the member's account type decides what they may see; visitors (null) see public topics. */
@RequestScoped
public class Reader {

    @Inject
    CurrentUser currentUser;

    public AccountType accountType() {
        return currentUser.member().map(MemberProfile::accountType).orElse(null);
    }

    /** The signed-in member as a caller; anyone else is refused (pages for members only). */
    public Caller.Member member() {
        return currentUser.memberCaller();
    }

    /** The member reading, if a member is (a visitor reads public topics). */
    public Optional<Caller.Member> signedInMember() {
        return currentUser.caller() instanceof Caller.Member member ? Optional.of(member) : Optional.empty();
    }
}
