package io.supportcenter.persistence.account;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountRepository;
import io.supportcenter.domain.account.AccountStatus;
import io.supportcenter.domain.account.AccountStatusChange;
import io.supportcenter.domain.account.AccountType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaAccountRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaAccountRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Account> findByNumber(String number) {
        return em.createQuery("SELECT a FROM Account a WHERE a.number = :number", Account.class)
                .setParameter("number", number)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
    }

    /** nextval(...) is understood by PostgreSQL and by H2 alike. */
    @Override
    public String nextAccountNumber() {
        return String.valueOf(((Number) em.createNativeQuery("SELECT nextval('account_number_seq')").getSingleResult()).longValue());
    }

    @Override
    public Optional<Account> lockById(long id) {
        return Optional.ofNullable(em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Account> lockAccountOfUser(long userId) {
        return em.createQuery("SELECT a FROM Account a WHERE a.id = (SELECT u.account.id FROM User u WHERE u.id = :user)", Account.class)
                .setParameter("user", userId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }

    @Override
    public List<Account> search(String text, int max) {
        String pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("SELECT DISTINCT a FROM Account a LEFT JOIN a.users u WHERE a.number = :number"
                        + " OR LOWER(a.companyName) LIKE :pattern ESCAPE '\\' OR u.email LIKE :pattern ESCAPE '\\'"
                        + " ORDER BY a.companyName, a.number", Account.class)
                .setParameter("number", text.strip())
                .setParameter("pattern", pattern)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public void addStatusChange(AccountStatusChange change) {
        em.persist(change);
    }

    @Override
    public List<AccountStatusChange> statusChanges(long accountId) {
        return em.createQuery("SELECT c FROM AccountStatusChange c WHERE c.accountId = :account ORDER BY c.at DESC, c.id DESC",
                        AccountStatusChange.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    @Override
    public List<Account> findDueDormancyWarning(LocalDate commissionBefore, Instant activeBefore) {
        return em.createQuery("SELECT a FROM Account a WHERE a.status = :active AND a.type = :publisher AND a.dormancyWarnedAt IS NULL"
                        + " AND (a.lastValidCommissionOn IS NULL OR a.lastValidCommissionOn < :commissionBefore)"
                        + " AND a.activeSince < :activeBefore ORDER BY a.id", Account.class)
                .setParameter("active", AccountStatus.ACTIVE)
                .setParameter("publisher", AccountType.PUBLISHER)
                .setParameter("commissionBefore", commissionBefore)
                .setParameter("activeBefore", activeBefore)
                .getResultList();
    }

    @Override
    public List<Account> findPastDormancyDeadline(Instant now) {
        return em.createQuery("SELECT a FROM Account a WHERE a.status = :active AND a.dormancyDeadline <= :now ORDER BY a.id", Account.class)
                .setParameter("active", AccountStatus.ACTIVE)
                .setParameter("now", now)
                .getResultList();
    }
}
