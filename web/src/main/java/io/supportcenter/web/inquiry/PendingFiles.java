package io.supportcenter.web.inquiry;

import io.supportcenter.domain.inquiry.AttachmentPolicy;
import io.supportcenter.domain.inquiry.NewAttachment;
import io.supportcenter.domain.inquiry.StagedFileInfo;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.web.shell.Texts;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * The files chosen for a message not sent yet (a question, a member's reply, a staff reply), as the page's
 * view-scoped bean keeps them: their ids, names and sizes only; the bytes wait in the database ({@link Uploads}).
 * Each file is checked as it arrives; a refused one is named with the reason next to the uploader, and the
 * others stay. Two requests of the same page may run at once (a form sent twice, an upload while sending), each on
 * the same instance: every method holds its lock, and the page's list is a copy.
 */
public final class PendingFiles implements Serializable {

    private static final long serialVersionUID = 2L;

    private final String uploaderId;
    private final List<StagedFileInfo> files = new ArrayList<>();

    /** @param uploaderId the client id of the file uploader, where refusals are shown */
    public PendingFiles(String uploaderId) {
        this.uploaderId = uploaderId;
    }

    public synchronized void add(UploadedFile file, AttachmentPolicy policy, Uploads uploads, String owner) {
        if (files.size() >= policy.maxFiles()) {
            Texts.error(uploaderId, "inquiry.attachment.one-too-many", file.getFileName(), policy.maxFiles());
            return;
        }
        try {
            files.add(uploads.stage(owner, file, policy));
        } catch (BusinessException e) {
            Texts.error(uploaderId, e.messageKey(), e.arguments().toArray());
        }
    }

    public synchronized void remove(int index, Uploads uploads, String owner) {
        if (index >= 0 && index < files.size()) {
            uploads.discard(owner, List.of(files.remove(index).id()));
        }
    }

    /**
     * Takes the files again that a rebuilt form names ({@link io.supportcenter.web.shell.RestoredForm#STAGED}):
     * those of the owner that are still staged.
     */
    public synchronized void restore(List<String> ids, Uploads uploads, String owner) {
        if (!ids.isEmpty()) {
            files.clear();
            files.addAll(uploads.stagedOf(owner, ids));
        }
    }

    /** The ids of the files, for the form's hidden field that names them. */
    public synchronized String getIds() {
        return String.join(",", ids());
    }

    /** The files as they are now, for the page's list. */
    public synchronized List<StagedFileInfo> list() {
        return List.copyOf(files);
    }

    /** The files to send, read from where they wait. */
    public synchronized List<NewAttachment> toSend(Uploads uploads, String owner) {
        return uploads.files(owner, ids());
    }

    /** After the message went out: the staged copies are not needed any more. */
    public synchronized void sent(Uploads uploads, String owner) {
        uploads.discard(owner, ids());
        files.clear();
    }

    private synchronized List<String> ids() {
        return files.stream().map(StagedFileInfo::id).toList();
    }

    public synchronized boolean isEmpty() {
        return files.isEmpty();
    }

    /** A size as people read it (KB, MB). */
    public static String size(StagedFileInfo file) {
        return size(file.size());
    }

    public static String size(long bytes) {
        return InquiryPages.size(bytes);
    }
}
