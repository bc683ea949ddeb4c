package io.supportcenter.persistence.inquiry;

import io.supportcenter.domain.inquiry.Attachment;
import io.supportcenter.domain.inquiry.AttachmentContent;
import io.supportcenter.domain.inquiry.Deflection;
import io.supportcenter.domain.inquiry.Inquiry;
import io.supportcenter.domain.inquiry.InquiryDraft;
import io.supportcenter.domain.inquiry.InquiryRepository;
import io.supportcenter.domain.inquiry.InquiryStatus;
import io.supportcenter.domain.inquiry.InquiryViewer;
import io.supportcenter.domain.inquiry.QueueCriteria;
import io.supportcenter.domain.inquiry.SavedReply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

@ApplicationScoped
public class JpaInquiryRepository implements InquiryRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaInquiryRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaInquiryRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Inquiry inquiry) {
        em.persist(inquiry);
    }

    @Override
    public Optional<Inquiry> findByNumber(long number) {
        return Optional.ofNullable(em.find(Inquiry.class, number));
    }

    @Override
    public Optional<Inquiry> lockByNumber(long number) {
        return Optional.ofNullable(em.find(Inquiry.class, number, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public boolean hasMessageFrom(long number, String submissionKey) {
        return em.createQuery("SELECT COUNT(m) FROM InquiryMessage m WHERE m.inquiry.id = :number AND m.submissionKey = :key", Long.class)
                .setParameter("number", number).setParameter("key", submissionKey).getSingleResult() > 0;
    }

    @Override
    public Optional<Inquiry> findBySubmissionKey(String key) {
        return em.createQuery("SELECT i FROM Inquiry i WHERE i.submissionKey = :key", Inquiry.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    @Override
    public List<Inquiry> findByAccount(long accountId, InquiryStatus status, int first, int max) {
        TypedQuery<Inquiry> query = em.createQuery("SELECT i FROM Inquiry i JOIN FETCH i.category WHERE i.account.id = :account"
                        + (status == null ? "" : " AND i.status = :status") + " ORDER BY i.lastActivityAt DESC, i.id DESC", Inquiry.class)
                .setParameter("account", accountId);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countByAccount(long accountId, InquiryStatus status) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(i) FROM Inquiry i WHERE i.account.id = :account"
                + (status == null ? "" : " AND i.status = :status"), Long.class).setParameter("account", accountId);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }

    @Override
    public List<Inquiry> findQueue(QueueCriteria criteria, int first, int max) {
        // Two steps: the page's ids come from an index alone; only those rows are then read with
        // their team, category and assignee (joining before the limit would touch every row).
        List<Long> ids = QueueQuery.pageIds(em, criteria, first, max);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Inquiry> byId = em.createQuery("SELECT i FROM Inquiry i JOIN FETCH i.team JOIN FETCH i.category"
                        + " JOIN FETCH i.account LEFT JOIN FETCH i.assignee WHERE i.id IN :ids", Inquiry.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Inquiry::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public long countQueue(QueueCriteria criteria) {
        return QueueQuery.count(em, criteria);
    }

    @Override
    public Optional<Long> findNextInQueue(QueueCriteria criteria, long afterNumber) {
        return QueueQuery.next(em, criteria, afterNumber);
    }

    @Override
    public List<FirstResponse> findFirstResponses(long teamId, Instant from, Instant to) {
        return em.createQuery("SELECT i.submittedAt, i.firstRespondedAt FROM Inquiry i WHERE i.team.id = :team"
                        + " AND i.firstRespondedAt >= :from AND i.firstRespondedAt < :to", Object[].class)
                .setParameter("team", teamId).setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .map(row -> new FirstResponse((Instant) row[0], (Instant) row[1]))
                .toList();
    }

    @Override
    public List<Long> findDueForJobs(Instant closeBefore, Instant remindBefore, int limit) {
        return em.createQuery("SELECT i.id FROM Inquiry i WHERE i.status = :awaiting AND (i.awaitingSince <= :closeBefore"
                        + " OR (i.awaitingSince <= :remindBefore AND i.reminderSentAt IS NULL)) ORDER BY i.awaitingSince", Long.class)
                .setParameter("awaiting", InquiryStatus.AWAITING_MEMBER)
                .setParameter("closeBefore", closeBefore)
                .setParameter("remindBefore", remindBefore)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Inquiry> findByNumbers(List<Long> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        Map<Long, Inquiry> byId = em.createQuery("SELECT i FROM Inquiry i JOIN FETCH i.team JOIN FETCH i.category WHERE i.id IN :ids",
                        Inquiry.class)
                .setParameter("ids", numbers).setHint(QueryHints.BATCH, "i.messages").setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                .getResultStream().collect(Collectors.toMap(Inquiry::getId, Function.identity()));
        return numbers.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<Inquiry> findIndexChangedAfter(long change) {
        return em.createQuery("SELECT i FROM Inquiry i JOIN FETCH i.team JOIN FETCH i.category WHERE i.indexChange > :change"
                        + " ORDER BY i.indexChange", Inquiry.class)
                .setParameter("change", change).setHint(QueryHints.BATCH, "i.messages").setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN).getResultList();
    }

    @Override
    public List<Inquiry> findSolvedAfter(long afterId, int max) {
        return em.createQuery("SELECT i FROM Inquiry i JOIN FETCH i.team JOIN FETCH i.category WHERE i.id > :after"
                        + " AND i.status = :closed AND i.firstRespondedAt IS NOT NULL ORDER BY i.id", Inquiry.class)
                .setParameter("after", afterId).setParameter("closed", InquiryStatus.CLOSED)
                .setHint(QueryHints.BATCH, "i.messages").setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN).setMaxResults(max).getResultList();
    }

    @Override
    public void forget(List<Inquiry> read) {
        read.forEach(em::detach);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void addContent(AttachmentContent content) {
        em.persist(content);
    }

    @Override
    public Optional<Attachment> findAttachment(long attachmentId) {
        return Optional.ofNullable(em.find(Attachment.class, attachmentId));
    }

    @Override
    public Optional<AttachmentContent> findContent(long attachmentId) {
        return Optional.ofNullable(em.find(AttachmentContent.class, attachmentId));
    }

    @Override
    public void addDeflection(Deflection deflection) {
        em.persist(deflection);
    }

    @Override
    public Optional<InquiryDraft> findDraft(long userId) {
        return Optional.ofNullable(em.find(InquiryDraft.class, userId));
    }

    @Override
    public void addDraft(InquiryDraft draft) {
        em.persist(draft);
    }

    @Override
    public void removeDraft(long userId) {
        em.createQuery("DELETE FROM InquiryDraft d WHERE d.userId = :user").setParameter("user", userId).executeUpdate();
    }

    @Override
    public Optional<InquiryViewer> findViewer(long inquiryId, long staffId) {
        return Optional.ofNullable(em.find(InquiryViewer.class, new InquiryViewer.Key(inquiryId, staffId)));
    }

    @Override
    public void addViewer(InquiryViewer viewer) {
        em.persist(viewer);
    }

    @Override
    public List<InquiryViewer> viewersSince(long inquiryId, Instant since) {
        return em.createQuery("SELECT v FROM InquiryViewer v WHERE v.key.inquiryId = :inquiry AND v.seenAt >= :since"
                        + " ORDER BY v.staffName", InquiryViewer.class)
                .setParameter("inquiry", inquiryId)
                .setParameter("since", since)
                .getResultList();
    }

    @Override
    public void removeViewersBefore(Instant before) {
        em.createQuery("DELETE FROM InquiryViewer v WHERE v.seenAt < :before").setParameter("before", before).executeUpdate();
    }

    @Override
    public List<SavedReply> savedReplies(long teamId) {
        return em.createQuery("SELECT r FROM SavedReply r WHERE r.team.id = :team ORDER BY r.title, r.id", SavedReply.class)
                .setParameter("team", teamId)
                .getResultList();
    }

    @Override
    public List<SavedReply> allSavedReplies() {
        return em.createQuery("SELECT r FROM SavedReply r JOIN FETCH r.team t ORDER BY t.name, r.title, r.id", SavedReply.class)
                .getResultList();
    }

    @Override
    public Optional<SavedReply> findSavedReply(long id) {
        return Optional.ofNullable(em.find(SavedReply.class, id));
    }

    @Override
    public void addSavedReply(SavedReply reply) {
        em.persist(reply);
    }

    @Override
    public void removeSavedReply(SavedReply reply) {
        em.remove(reply);
    }
}
