package io.supportcenter.persistence.account;

import io.supportcenter.domain.account.AccountStatus;
import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.account.MemberProfile;
import io.supportcenter.domain.account.SignedInMember;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.account.UserRepository;
import io.supportcenter.domain.identity.AccountId;
import io.supportcenter.domain.identity.UserId;
import io.supportcenter.domain.shared.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaUserRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaUserRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<User> findById(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    /** One row: the user, its account and the account's SuperUser (superuser_id is a plain column). */
    @Override
    public Optional<SignedInMember> findSignedIn(long id) {
        return em.createQuery("SELECT u.id, u.name, u.email, u.language, u.timeZone, u.credentialsVersion,"
                        + " u.mustChangePassword, u.enabled, a.number, a.companyName, a.type, a.status, s.id, s.name, s.email, a.id"
                        + " FROM User u JOIN u.account a, User s WHERE u.id = :id AND s.id = a.superUserIdColumn", Object[].class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .map(JpaUserRepository::signedIn);
    }

    private static SignedInMember signedIn(Object[] row) {
        long userId = ((Number) row[0]).longValue();
        MemberProfile profile = new MemberProfile(new UserId(userId), new AccountId(((Number) row[15]).longValue()), (String) row[1], (String) row[2],
                Locale.forLanguageTag((String) row[3]), ZoneId.of((String) row[4]), userId == ((Number) row[12]).longValue(),
                (String) row[8], (String) row[9], (AccountType) row[10], (AccountStatus) row[11], (String) row[13], (String) row[14]);
        return new SignedInMember(profile, ((Number) row[5]).intValue(), (Boolean) row[6], (Boolean) row[7]);
    }

    @Override
    public Optional<User> findByEmail(String email) {
        return em.createQuery("SELECT u FROM User u JOIN FETCH u.account WHERE u.email = :email", User.class)
                .setParameter("email", EmailAddress.normalise(email))
                .getResultStream().findFirst();
    }

    @Override
    public void remove(User user) {
        em.remove(user);
    }

    @Override
    public Optional<User> findByOneTimeHash(String hash) {
        return em.createQuery("SELECT u FROM User u WHERE u.oneTimeSecret.hash = :hash", User.class)
                .setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<User> findByEmailConfirmationHash(String hash) {
        return em.createQuery("SELECT u FROM User u JOIN FETCH u.account WHERE u.emailConfirmationHash = :hash", User.class)
                .setParameter("hash", hash)
                .getResultStream().findFirst();
    }
}
