package io.supportcenter.persistence.staff;

import io.supportcenter.domain.shared.EmailAddress;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaStaffUserRepository implements StaffUserRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaStaffUserRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaStaffUserRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<StaffUser> findById(long id) {
        return Optional.ofNullable(em.find(StaffUser.class, id));
    }

    @Override
    public Optional<StaffUser> findByInvitationHash(String hash) {
        return em.createQuery("SELECT s FROM StaffUser s WHERE s.invitationHash = :hash", StaffUser.class)
                .setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<StaffUser> findByEmail(String email) {
        return em.createQuery("SELECT s FROM StaffUser s WHERE s.email = :email", StaffUser.class)
                .setParameter("email", EmailAddress.normalise(email))
                .getResultStream().findFirst();
    }

    @Override
    public List<StaffUser> findAll() {
        return em.createQuery("SELECT s FROM StaffUser s ORDER BY s.name, s.id", StaffUser.class).getResultList();
    }

    @Override
    public void add(StaffUser staffUser) {
        em.persist(staffUser);
    }
}
