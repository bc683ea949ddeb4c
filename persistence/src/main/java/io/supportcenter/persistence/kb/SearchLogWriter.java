package io.supportcenter.persistence.kb;

import io.supportcenter.domain.kb.SearchLogEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.persistence.sessions.Session;

/** The database side of {@link BatchedSearchLog}: ids from the log's sequence, and one transaction per batch. */
@ApplicationScoped
public class SearchLogWriter {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected SearchLogWriter() {
        // for CDI
    }

    /** For use outside a container (tests), inside a transaction the caller manages. */
    public SearchLogWriter(EntityManager em) {
        this.em = em;
    }

    /**
     * The next id of the log's sequence. EclipseLink hands out ids from blocks it reserved (the sequence
     * moves by 50), so most searches reach no database at all here.
     */
    @Transactional
    public long nextId() {
        return em.unwrap(Session.class).getNextSequenceNumberValue(SearchLogEntry.class).longValue();
    }

    /**
     * Writes the searches, then the credits: to a search of this batch before it is written, else to the row an
     * earlier batch wrote (batches are written one after the other, so that row exists).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(List<SearchLogEntry> searches, List<BatchedSearchLog.Opened> openings) {
        Map<Long, SearchLogEntry> byId = searches.stream().collect(Collectors.toMap(SearchLogEntry::getId, Function.identity()));
        for (BatchedSearchLog.Opened opened : openings) {
            SearchLogEntry search = byId.get(opened.searchId());
            if (search != null) {
                search.opened(opened.topicId());
            } else {
                em.createQuery("UPDATE SearchLogEntry s SET s.openedTopicId = :topic WHERE s.id = :id")
                        .setParameter("topic", opened.topicId()).setParameter("id", opened.searchId()).executeUpdate();
            }
        }
        searches.forEach(em::persist);
        em.flush();
    }
}
