package io.supportcenter.domain.account;

import java.util.Optional;

/** Port to the store of accounts; implemented in the persistence module. */
public interface AccountRepository {

    Optional<Account> findByNumber(String number);

    void add(Account account);

    long count();
}
