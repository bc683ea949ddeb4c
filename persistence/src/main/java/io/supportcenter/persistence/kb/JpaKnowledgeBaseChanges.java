package io.supportcenter.persistence.kb;

import io.supportcenter.domain.kb.KnowledgeBaseChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** The change counter is one row that every edit raises in its own transaction's update; it also keeps the database's key. */
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
    public long raise() {
        em.createNativeQuery("UPDATE kb_change SET change_count = change_count + 1 WHERE id = 1").executeUpdate();
        return current(); // the row is this transaction's until it ends, so no other change can come between
    }

    @Override
    public long current() {
        return ((Number) em.createNativeQuery("SELECT change_count FROM kb_change WHERE id = 1").getSingleResult()).longValue();
    }

    @Override
    public String databaseKey() {
        Object key = em.createNativeQuery("SELECT database_key FROM kb_change WHERE id = 1").getSingleResult();
        if (key != null) {
            return key.toString();
        }
        // The first node to ask makes the key; a node asking at the same moment reads the winner's.
        em.createNativeQuery("UPDATE kb_change SET database_key = ? WHERE id = 1 AND database_key IS NULL")
                .setParameter(1, UUID.randomUUID().toString()).executeUpdate();
        return em.createNativeQuery("SELECT database_key FROM kb_change WHERE id = 1").getSingleResult().toString();
    }
}
