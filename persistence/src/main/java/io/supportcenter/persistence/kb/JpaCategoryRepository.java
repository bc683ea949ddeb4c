package io.supportcenter.persistence.kb;

import io.supportcenter.domain.kb.Category;
import io.supportcenter.domain.kb.CategoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCategoryRepository implements CategoryRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaCategoryRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaCategoryRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Category> findAll() {
        List<Category> all = em.createQuery("SELECT c FROM Category c LEFT JOIN FETCH c.parent", Category.class).getResultList();
        List<Category> ordered = new ArrayList<>(all);
        ordered.sort(Comparator.comparingInt(JpaCategoryRepository::depth).thenComparingInt(Category::getPosition)
                .thenComparing(Category::getName));
        return ordered;
    }

    private static int depth(Category category) {
        int depth = 0;
        for (Category node = category.getParent().orElse(null); node != null; node = node.getParent().orElse(null)) {
            depth++;
        }
        return depth;
    }

    @Override
    public Optional<Category> findBySlug(String slug) {
        return em.createQuery("SELECT c FROM Category c WHERE c.slug = :slug", Category.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    @Override
    public Optional<Category> findById(long id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    @Override
    public void add(Category category) {
        em.persist(category);
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(c) FROM Category c", Long.class).getSingleResult();
    }
}
