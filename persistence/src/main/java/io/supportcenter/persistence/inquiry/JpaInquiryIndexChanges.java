package io.supportcenter.persistence.inquiry;

import io.supportcenter.domain.inquiry.InquiryIndexChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** One row that every closing and reopening raises in its own transaction's update. */
@ApplicationScoped
public class JpaInquiryIndexChanges implements InquiryIndexChanges {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaInquiryIndexChanges() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaInquiryIndexChanges(EntityManager em) {
        this.em = em;
    }

    @Override
    public long raise() {
        em.createNativeQuery("UPDATE inquiry_index_change SET change_count = change_count + 1 WHERE id = 1").executeUpdate();
        return current(); // the row is this transaction's until it ends, so no other change can come between
    }

    @Override
    public long current() {
        return ((Number) em.createNativeQuery("SELECT change_count FROM inquiry_index_change WHERE id = 1").getSingleResult()).longValue();
    }
}
