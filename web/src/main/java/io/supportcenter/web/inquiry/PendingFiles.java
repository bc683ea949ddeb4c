package io.supportcenter.web.inquiry;

import io.supportcenter.domain.inquiry.AttachmentPolicy;
import io.supportcenter.domain.inquiry.NewAttachment;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.web.shell.Texts;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * The files uploaded for a message not sent yet (a question, a member's reply, a staff reply), kept
 * by the page's view-scoped bean. Each file is checked as it arrives; a refused one is named with
 * the reason next to the uploader, and the others stay.
 */
public final class PendingFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String uploaderId;
    private final List<NewAttachment> files = new ArrayList<>();

    /** @param uploaderId the client id of the file uploader, where refusals are shown */
    public PendingFiles(String uploaderId) {
        this.uploaderId = uploaderId;
    }

    public void add(UploadedFile file, AttachmentPolicy policy) {
        if (files.size() >= policy.maxFiles()) {
            Texts.error(uploaderId, "inquiry.attachment.one-too-many", file.getFileName(), policy.maxFiles());
            return;
        }
        try {
            files.add(policy.check(file.getFileName(), file.getContent()));
        } catch (BusinessException e) {
            Texts.error(uploaderId, e.messageKey(), e.arguments().toArray());
        }
    }

    public void remove(int index) {
        if (index >= 0 && index < files.size()) {
            files.remove(index);
        }
    }

    /** The files as they are now, for the page's list. */
    public List<NewAttachment> list() {
        return Collections.unmodifiableList(files);
    }

    /** The files to send (a copy: the list may change while the message is sent). */
    public List<NewAttachment> toSend() {
        return List.copyOf(files);
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** A size as people read it (KB, MB). */
    public static String size(NewAttachment file) {
        return size(file.size());
    }

    public static String size(long bytes) {
        return InquiryPages.size(bytes);
    }
}
