package io.supportcenter.persistence.kb;

import io.supportcenter.domain.kb.KnowledgeBaseChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The change counter is one row that every edit raises in its own transaction's update. */
@ApplicationScoped
public class JpaKnowledgeBaseChanges implements KnowledgeBaseChanges {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaKnowledgeBaseChanges() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaKnowledgeBaseChanges(EntityManager em) {
        this.em = em;
    }

    @Override
    public void raise() {
        em.createNativeQuery("UPDATE kb_change SET change_count = change_count + 1 WHERE id = 1").executeUpdate();
    }

    @Override
    public long current() {
        return ((Number) em.createNativeQuery("SELECT change_count FROM kb_change WHERE id = 1").getSingleResult()).longValue();
    }
}
