package io.supportcenter.domain.kb;

import io.supportcenter.domain.account.AccountType;
import java.util.EnumSet;
import java.util.Set;

/** Who may read a topic (SPEC §5.2). */
public enum Visibility {
    /** Everyone, including visitors of the public help page. */
    PUBLIC,
    /** Every logged-in member. */
    MEMBERS,
    PUBLISHERS,
    ADVERTISERS;

    /** What a reader sees: visitors (no account type) only public topics; members also their own type's. */
    public static Set<Visibility> readableBy(AccountType readerType) {
        if (readerType == null) {
            return EnumSet.of(PUBLIC);
        }
        return readerType == AccountType.PUBLISHER ? EnumSet.of(PUBLIC, MEMBERS, PUBLISHERS) : EnumSet.of(PUBLIC, MEMBERS, ADVERTISERS);
    }
}
