package io.supportcenter.persistence.kb;

import io.supportcenter.domain.kb.Category;
import io.supportcenter.domain.kb.Topic;
import io.supportcenter.domain.kb.TopicRepository;
import io.supportcenter.domain.kb.TopicStatus;
import io.supportcenter.domain.kb.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTopicRepository implements TopicRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaTopicRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaTopicRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Topic> findById(long id) {
        return Optional.ofNullable(em.find(Topic.class, id));
    }

    @Override
    public Optional<Topic> findBySlug(String slug) {
        return em.createQuery("SELECT t FROM Topic t WHERE t.slug = :slug", Topic.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    @Override
    public List<Topic> findAll() {
        return em.createQuery("SELECT t FROM Topic t JOIN FETCH t.category ORDER BY t.id", Topic.class).getResultList();
    }

    @Override
    public List<Topic> findChangedAfter(long change) {
        return em.createQuery("SELECT t FROM Topic t JOIN FETCH t.category WHERE t.changeNumber > :change ORDER BY t.id", Topic.class)
                .setParameter("change", change).getResultList();
    }

    @Override
    public void markChanged(Collection<Long> categoryIds, long change) {
        if (!categoryIds.isEmpty()) {
            em.createQuery("UPDATE Topic t SET t.changeNumber = :change WHERE t.category.id IN :categories")
                    .setParameter("change", change).setParameter("categories", categoryIds).executeUpdate();
        }
    }

    @Override
    public List<Topic> findPublished(Collection<Category> categories, Collection<Visibility> visible) {
        if (categories.isEmpty() || visible.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT t FROM Topic t JOIN FETCH t.category WHERE t.category IN :categories"
                        + " AND t.visibility IN :visible AND t.status = :published ORDER BY t.title", Topic.class)
                .setParameter("categories", categories)
                .setParameter("visible", visible)
                .setParameter("published", TopicStatus.PUBLISHED)
                .getResultList();
    }

    @Override
    public List<Topic> findPinned() {
        return em.createQuery("SELECT t FROM Topic t WHERE t.pinned = TRUE ORDER BY t.pinnedAt, t.id", Topic.class).getResultList();
    }

    @Override
    public List<Topic> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT t FROM Topic t JOIN FETCH t.category WHERE t.id IN :ids", Topic.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Topic> findPopularCandidates(Collection<Visibility> visible, int limit) {
        return em.createQuery("SELECT t FROM Topic t JOIN FETCH t.category WHERE t.visibility IN :visible"
                        + " AND t.status = :published AND t.hiddenFromPopular = FALSE ORDER BY t.id", Topic.class)
                .setParameter("visible", visible)
                .setParameter("published", TopicStatus.PUBLISHED)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Topic> findPopularCandidates(Collection<Category> in, Collection<Visibility> visible, int limit) {
        if (in.isEmpty() || visible.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT t FROM Topic t JOIN FETCH t.category WHERE t.category IN :in AND t.visibility IN :visible"
                        + " AND t.status = :published AND t.hiddenFromPopular = FALSE ORDER BY t.category.position, t.id", Topic.class)
                .setParameter("in", in)
                .setParameter("visible", visible)
                .setParameter("published", TopicStatus.PUBLISHED)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Topic> findForEditor(String text, int limit) {
        return em.createQuery("SELECT t FROM Topic t JOIN FETCH t.category WHERE LOWER(t.title) LIKE :text ESCAPE '!'"
                        + " ORDER BY t.updatedAt DESC, t.id DESC", Topic.class)
                .setParameter("text", "%" + likeEscaped(text.toLowerCase(java.util.Locale.ROOT)) + "%")
                .setMaxResults(limit)
                .getResultList();
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public java.util.Map<Long, Long> countByCategory() {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("SELECT t.category.id, COUNT(t) FROM Topic t GROUP BY t.category.id", Object[].class)
                .getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public void add(Topic topic) {
        em.persist(topic);
    }
}
