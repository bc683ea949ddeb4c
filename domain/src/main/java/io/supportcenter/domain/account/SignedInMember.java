package io.supportcenter.domain.account;

import io.supportcenter.domain.identity.AccountId;
import io.supportcenter.domain.identity.UserId;
/**
 * What every request of a signed-in member needs, read once: the session check (credentials version,
 * forced password change, whether the user may still use the portal) and the profile the pages show.
 */
public record SignedInMember(MemberProfile profile, int credentialsVersion, boolean mustChangePassword, boolean enabled) {

    /** Built from the entities; the database reads it in one query instead (see UserRepository). */
    public static SignedInMember of(User user) {
        Account account = user.getAccount();
        User superUser = account.getSuperUser();
        MemberProfile profile = new MemberProfile(new UserId(user.getId()), new AccountId(account.getId()), user.getName(), user.getEmail(), user.getLanguage(),
                user.getTimeZone(), user.isSuperUser(), account.getNumber(), account.getCompanyName(),
                account.getType(), account.getStatus(), superUser.getName(), superUser.getEmail());
        return new SignedInMember(profile, user.getCredentialsVersion(), user.isMustChangePassword(), user.isEnabled());
    }

    /** An enabled user of an active account. */
    public boolean mayUsePortal() {
        return enabled && profile.accountStatus().isActive();
    }
}
