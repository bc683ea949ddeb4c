package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Files chosen for a message not sent yet (a question, a member's reply, a staff reply) wait here, checked,
 * in the database every node shares, until the message is sent or the file is removed; what was never sent
 * is forgotten after a while. Each owner may stage a limited number of bytes at a time.
 */
@ApplicationScoped
public class FileStaging {

    private StagedFileRepository staged;
    private Supplier<AttachmentPolicy> attachments;
    private Clock clock;

    protected FileStaging() {
        // for CDI proxies
    }

    @Inject
    public FileStaging(StagedFileRepository staged, Supplier<AttachmentPolicy> attachments, Clock clock) {
        this.staged = staged;
        this.attachments = attachments;
        this.clock = clock;
    }

    /**
     * Checks a file and stages it for {@code owner}.
     *
     * @throws BusinessException with the reason the file was refused (see {@link AttachmentPolicy#check}), or
     *                           {@code inquiry.attachment.staging-full} when the owner's staged files would pass
     *                           {@code maxStagedBytes}
     */
    @Transactional
    public StagedFileInfo stage(String owner, String fileName, byte[] data, long maxStagedBytes) {
        NewAttachment checked = attachments.get().check(fileName, data);
        if (staged.stagedBytes(owner) + checked.size() > maxStagedBytes) {
            throw new BusinessException("inquiry.attachment.staging-full", checked.fileName(), maxStagedBytes / (1024 * 1024));
        }
        StagedFile file = new StagedFile(UUID.randomUUID().toString(), owner, checked, clock.instant());
        staged.add(file);
        return file.info();
    }

    /** The staged files to send, in the order given; a file that is gone (removed, forgotten) is left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NewAttachment> files(String owner, List<String> ids) {
        List<NewAttachment> files = new ArrayList<>();
        for (String id : ids) {
            staged.find(id).filter(file -> file.getOwner().equals(owner)).ifPresent(file -> files.add(file.attachment()));
        }
        return files;
    }

    /**
     * The staged files of {@code owner} among {@code ids}, in the order given, for a page that lost its view and
     * finds its files again by the ids its form sent; ids of files that are gone or belong to someone else are left out.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StagedFileInfo> stagedOf(String owner, List<String> ids) {
        List<String> distinct = ids.stream().distinct().limit(attachments.get().maxFiles()).toList();
        Map<String, StagedFileInfo> found = new HashMap<>();
        staged.infosOwned(owner, distinct).forEach(info -> found.put(info.id(), info));
        return distinct.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Removes staged files of {@code owner} (sent, or taken off the form); others' ids are ignored. */
    @Transactional
    public void discard(String owner, List<String> ids) {
        if (!ids.isEmpty()) {
            staged.removeOwned(owner, ids);
        }
    }

    /** Forgets what was staged longer than {@code keep} ago and never sent; returns how many files. */
    @Transactional
    public int forgetOlderThan(Duration keep) {
        Instant cutoff = clock.instant().minus(keep);
        return staged.removeStagedBefore(cutoff);
    }
}
