package io.supportcenter.persistence.inquiry;

import io.supportcenter.domain.inquiry.RepeatedQuestion;
import io.supportcenter.domain.inquiry.RepeatedQuestionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRepeatedQuestionRepository implements RepeatedQuestionRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaRepeatedQuestionRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaRepeatedQuestionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void replaceAll(List<RepeatedQuestion> questions) {
        em.createQuery("DELETE FROM RepeatedQuestion q").executeUpdate();
        questions.forEach(em::persist);
    }

    @Override
    public List<RepeatedQuestion> findAll() {
        return em.createQuery("SELECT q FROM RepeatedQuestion q JOIN FETCH q.category c JOIN FETCH c.team"
                + " ORDER BY q.asked DESC, q.id", RepeatedQuestion.class).getResultList();
    }

    @Override
    public Optional<RepeatedQuestion> findById(long id) {
        return Optional.ofNullable(em.find(RepeatedQuestion.class, id));
    }
}
