package io.supportcenter.persistence.staff;

import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.staff.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaTeamRepository implements TeamRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaTeamRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaTeamRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Team> findAll() {
        return em.createQuery("SELECT t FROM Team t ORDER BY t.id", Team.class).getResultList();
    }

    @Override
    public void add(Team team) {
        em.persist(team);
    }
}
