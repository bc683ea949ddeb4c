package io.supportcenter.domain.account;

import io.supportcenter.domain.identity.AccountId;
import io.supportcenter.domain.identity.UserId;
import java.time.ZoneId;
import java.util.Locale;

/** What the pages show about the signed-in member: a read model, detached from the entities. */
public record MemberProfile(UserId userId, AccountId accountId, String name, String email, Locale language, ZoneId timeZone,
                            boolean superUser, String accountNumber, String companyName,
                            AccountType accountType, AccountStatus accountStatus,
                            String superUserName, String superUserEmail) {
}
