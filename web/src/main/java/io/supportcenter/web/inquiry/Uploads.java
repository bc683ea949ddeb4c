package io.supportcenter.web.inquiry;

import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.identity.UserId;
import io.supportcenter.domain.inquiry.AttachmentPolicy;
import io.supportcenter.domain.inquiry.FileStaging;
import io.supportcenter.domain.inquiry.NewAttachment;
import io.supportcenter.domain.inquiry.StagedFileInfo;
import io.supportcenter.domain.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.primefaces.model.file.UploadedFile;

/**
 * Where the files chosen on a page go at once: checked and staged in the shared database
 * ({@link FileStaging}), never kept by the page, which holds their ids. Each user may have
 * {@code support.attachments.staged-max-mb} staged at a time; what was never sent is forgotten after
 * {@code support.attachments.staged-hours}.
 */
@ApplicationScoped
public class Uploads {

    private static final Logger LOG = Logger.getLogger(Uploads.class.getName());

    @Inject
    FileStaging staging;

    @Inject
    @ConfigProperty(name = "support.attachments.staged-max-mb", defaultValue = "100")
    long stagedMaxMb;

    @Inject
    @ConfigProperty(name = "support.attachments.staged-hours", defaultValue = "24")
    long stagedHours;

    /** The member's or staff user's name for their staged files. */
    public static String member(UserId userId) {
        return "member:" + userId.value();
    }

    public static String staff(StaffId staffId) {
        return "staff:" + staffId.value();
    }

    /**
     * Checks and stages an uploaded file.
     *
     * @throws BusinessException naming why the file was not taken
     */
    public StagedFileInfo stage(String owner, UploadedFile file, AttachmentPolicy policy) {
        String name = file.getFileName();
        if (file.getSize() > policy.maxBytes()) {
            // Refused before its bytes are read: a file far over the limit costs no memory.
            throw new BusinessException("inquiry.attachment.too-large", name, policy.maxBytes() / (1024 * 1024));
        }
        byte[] data;
        try (InputStream in = file.getInputStream()) {
            data = in.readNBytes((int) policy.maxBytes() + 1);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "An upload could not be read", e);
            throw new BusinessException("inquiry.attachment.not-stored", name);
        }
        try {
            return staging.stage(owner, name, data, stagedMaxMb * 1024 * 1024);
        } catch (BusinessException refused) {
            throw refused;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A checked upload could not be staged in the database", e);
            throw new BusinessException("inquiry.attachment.not-stored", name);
        }
    }

    public List<NewAttachment> files(String owner, List<String> ids) {
        return staging.files(owner, ids);
    }

    /** The owner's files among {@code ids} that are still staged (for a form rebuilt after its view had gone). */
    public List<StagedFileInfo> stagedOf(String owner, List<String> ids) {
        return ids.isEmpty() ? List.of() : staging.stagedOf(owner, ids);
    }

    public void discard(String owner, List<String> ids) {
        staging.discard(owner, ids);
    }

    /** Forgets the files staged longer than the configured time and never sent; returns how many. */
    public int forgetAbandoned() {
        return staging.forgetOlderThan(Duration.ofHours(stagedHours));
    }
}
