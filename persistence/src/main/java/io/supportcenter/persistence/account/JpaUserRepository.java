package io.supportcenter.persistence.account;

import io.supportcenter.domain.account.User;
import io.supportcenter.domain.account.UserRepository;
import io.supportcenter.domain.shared.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
