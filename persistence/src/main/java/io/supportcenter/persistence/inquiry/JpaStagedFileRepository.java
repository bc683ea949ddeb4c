package io.supportcenter.persistence.inquiry;

import io.supportcenter.domain.inquiry.StagedFile;
import io.supportcenter.domain.inquiry.StagedFileInfo;
import io.supportcenter.domain.inquiry.StagedFileRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaStagedFileRepository implements StagedFileRepository {

    @PersistenceContext(unitName = "support")
    private EntityManager em;

    protected JpaStagedFileRepository() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JpaStagedFileRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(StagedFile file) {
        em.persist(file);
    }

    @Override
    public Optional<StagedFile> find(String id) {
        return Optional.ofNullable(em.find(StagedFile.class, id));
    }

    @Override
    public void removeOwned(String owner, List<String> ids) {
        em.createQuery("DELETE FROM StagedFile f WHERE f.owner = :owner AND f.id IN :ids").setParameter("owner", owner)
                .setParameter("ids", ids).executeUpdate();
    }

    @Override
    public List<StagedFileInfo> infosOwned(String owner, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT NEW io.supportcenter.domain.inquiry.StagedFileInfo(f.id, f.fileName, f.contentType, f.sizeBytes)"
                + " FROM StagedFile f WHERE f.owner = :owner AND f.id IN :ids", StagedFileInfo.class)
                .setParameter("owner", owner).setParameter("ids", ids).getResultList();
    }

    @Override
    public long stagedBytes(String owner) {
        // The sizes alone: the files' contents stay in the database.
        Long bytes = em.createQuery("SELECT SUM(f.sizeBytes) FROM StagedFile f WHERE f.owner = :owner", Long.class)
                .setParameter("owner", owner).getSingleResult();
        return bytes == null ? 0 : bytes;
    }

    @Override
    public int removeStagedBefore(Instant cutoff) {
        return em.createQuery("DELETE FROM StagedFile f WHERE f.stagedAt < :cutoff").setParameter("cutoff", cutoff).executeUpdate();
    }
}
