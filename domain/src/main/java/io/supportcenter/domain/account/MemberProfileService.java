package io.supportcenter.domain.account;

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
    public Optional<MemberProfile> find(long userId) {
        return users.findById(userId).map(user -> {
            Account account = user.getAccount();
            User superUser = account.getSuperUser();
            return new MemberProfile(user.getId(), user.getName(), user.getEmail(), user.getLanguage(),
                    user.getTimeZone(), user.isSuperUser(), account.getNumber(), account.getCompanyName(),
                    account.getType(), account.getStatus(), superUser.getName(), superUser.getEmail());
        });
    }
}
