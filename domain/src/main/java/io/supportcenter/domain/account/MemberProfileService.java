package io.supportcenter.domain.account;

import io.supportcenter.domain.identity.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Reads the profile of a signed-in member for the pages. */
@ApplicationScoped
public class MemberProfileService {

    private UserRepository users;

    protected MemberProfileService() {
        // for CDI proxies
    }

    @Inject
    public MemberProfileService(UserRepository users) {
        this.users = users;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MemberProfile> find(UserId userId) {
        return signedIn(userId).map(SignedInMember::profile);
    }

    /** The profile together with what the per-request session check needs, in one read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SignedInMember> signedIn(UserId userId) {
        return users.findSignedIn(userId.value());
    }
}
