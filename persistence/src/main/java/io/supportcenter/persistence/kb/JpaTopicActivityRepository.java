package io.supportcenter.persistence.kb;

import io.supportcenter.domain.kb.AnonymousVote;
import io.supportcenter.domain.kb.HelpfulVote;
import io.supportcenter.domain.kb.PopularityRanking;
import io.supportcenter.domain.kb.SearchLogEntry;
import io.supportcenter.domain.kb.SearchStats;
import io.supportcenter.domain.kb.TopicActivityRepository;
import io.supportcenter.domain.kb.TopicView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTopicActivityRepository implements TopicActivityRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaTopicActivityRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaTopicActivityRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void addView(TopicView view) {
        em.persist(view);
    }

    @Override
    public Optional<HelpfulVote> findVote(long topicId, long userId) {
        return em.createQuery("SELECT v FROM HelpfulVote v WHERE v.topicId = :topic AND v.userId = :user", HelpfulVote.class)
                .setParameter("topic", topicId).setParameter("user", userId).getResultStream().findFirst();
    }

    @Override
    public void addVote(HelpfulVote vote) {
        em.persist(vote);
    }

    @Override
    public Optional<AnonymousVote> findAnonymousVote(long topicId, String clientKey, Instant since) {
        return em.createQuery("SELECT v FROM AnonymousVote v WHERE v.topicId = :topic AND v.clientKey = :client"
                        + " AND v.votedAt >= :since ORDER BY v.votedAt DESC", AnonymousVote.class)
                .setParameter("topic", topicId).setParameter("client", clientKey).setParameter("since", since)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void addAnonymousVote(AnonymousVote vote) {
        em.persist(vote);
    }

    @Override
    public List<PopularityRanking.Activity> dailyActivity(Instant since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT topic_id, CAST(viewed_at AS DATE) AS view_day, COUNT(*) AS view_count,"
                        + " SUM(CASE WHEN from_search THEN 1 ELSE 0 END) AS search_opens FROM kb_topic_view WHERE viewed_at >= ?1"
                        + " GROUP BY topic_id, CAST(viewed_at AS DATE)")
                .setParameter(1, since.atOffset(ZoneOffset.UTC))
                .getResultList();
        List<PopularityRanking.Activity> activity = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            activity.add(new PopularityRanking.Activity(((Number) row[0]).longValue(), toDate(row[1]),
                    ((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
        }
        return activity;
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value).substring(0, 10));
    }

    @Override
    public List<SearchStats> searchStats(Instant start, Instant end, int limit) {
        List<Object[]> rows = em.createQuery("SELECT s.query, COUNT(s), SUM(CASE WHEN s.resultCount = 0 THEN 1 ELSE 0 END),"
                        + " MAX(s.openedTopicId) FROM SearchLogEntry s WHERE s.searchedAt >= :start AND s.searchedAt < :end"
                        + " GROUP BY s.query ORDER BY COUNT(s) DESC, s.query", Object[].class)
                .setParameter("start", start)
                .setParameter("end", end)
                .setMaxResults(limit)
                .getResultList();
        List<SearchStats> stats = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            stats.add(new SearchStats((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                    row[3] == null ? null : ((Number) row[3]).longValue()));
        }
        return stats;
    }

    @Override
    public long[] votes(long topicId) {
        return counts(em.createQuery("SELECT v.helpful, COUNT(v) FROM HelpfulVote v WHERE v.topicId = :topic"
                + " GROUP BY v.helpful", Object[].class).setParameter("topic", topicId).getResultList());
    }

    private static long[] counts(List<Object[]> rows) {
        long[] counts = new long[2];
        for (Object[] row : rows) {
            counts[Boolean.TRUE.equals(row[0]) ? 0 : 1] = ((Number) row[1]).longValue();
        }
        return counts;
    }
}
