package io.supportcenter.web.inquiry;

import io.supportcenter.domain.inquiry.InquiryNumber;
import io.supportcenter.domain.inquiry.InquiryService;
import io.supportcenter.domain.inquiry.InquiryStatus;
import io.supportcenter.domain.inquiry.InquiryViews;
import io.supportcenter.domain.inquiry.StagedFileInfo;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.web.kb.Reader;
import io.supportcenter.web.shell.Moments;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.RestoredForm;
import io.supportcenter.web.shell.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.FileUploadEvent;

/**
 * One inquiry of the member's account ({@code /support/history/{number}}): the conversation without
 * internal notes, attachments, the status in plain words and what happens next; reply (with files),
 * close, reopen. An inquiry of another account answers 404, as if it did not exist.
 */
@Named
@ViewScoped
public class InquiryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(InquiryBacking.class.getName());
    private static final Map<String, String> FIELDS = Map.of(
            "inquiry.message.required", "thread:message",
            "inquiry.message.too-long", "thread:message",
            "inquiry.attachment.too-many", "thread:files");

    @Inject
    Moments moments;

    @Inject
    Promises promises;

    @Inject
    InquiryService inquiries;

    @Inject
    Policies policies;

    @Inject
    Reader reader;

    @Inject
    Uploads uploads;

    /** Identifies this form's reply, so that sending it twice adds one message (a rebuilt form keeps the one it posts). */
    private String submissionKey = UUID.randomUUID().toString();
    private Long number;
    private InquiryViews.Detail inquiry;
    private String message;
    private final PendingFiles files = new PendingFiles("thread:files");

    /**
     * A form posted from a page whose view had gone is rebuilt with a new bean: the inquiry and the staged files
     * come back from the form's hidden fields ({@link RestoredForm}) before the form is decoded, so that its
     * buttons are there to be pressed; the view action then checks the inquiry as on every request.
     */
    @PostConstruct
    void restore() {
        RestoredForm.postedId(RestoredForm.KEY).ifPresent(key -> submissionKey = key);
        RestoredForm.postedNumber(RestoredForm.NUMBER).ifPresent(posted -> {
            number = posted;
            inquiry = inquiries.inquiry(reader.member(), new InquiryNumber(posted)).orElse(null);
            files.restore(RestoredForm.postedIds(RestoredForm.STAGED), uploads, owner());
        });
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public String getStagedIds() {
        return files.getIds();
    }

    /** View action: loads the inquiry, or answers 404 when it is not one of the account's. */
    public void load() throws IOException {
        inquiry = number == null ? null : inquiries.inquiry(reader.member(), inquiryNumber()).orElse(null);
        if (inquiry == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    /**
     * Sends the reply once per form: a resend or a second click adds nothing (two sends at once queue on the
     * inquiry, and the second finds the first's reply in). A clash that still fails the send (a lock held too long)
     * ends as a success when the reply is in after all, else asks to send again with the text kept.
     */
    public void reply() throws IOException {
        try {
            change(() -> {
                inquiries.reply(reader.member(), inquiryNumber(), submissionKey, message, files.toSend(uploads, owner()));
                files.sent(uploads, owner());
            }, "inquiry.replied");
        } catch (TransactionalException | PersistenceException e) {
            if (!inquiries.repliedWith(reader.member(), inquiryNumber(), submissionKey)) {
                LOG.log(Level.INFO, "A reply to inquiry " + number + " met a concurrent change: " + e);
                Texts.error("thread:message", "inquiry.reply.send-again");
                return;
            }
            files.sent(uploads, owner());
            Redirects.withInfo("inquiry.replied", "/support/history/" + number);
        }
    }

    public void close() throws IOException {
        change(() -> inquiries.close(reader.member(), inquiryNumber()), "inquiry.closed");
    }

    public void reopen() throws IOException {
        change(() -> inquiries.reopen(reader.member(), inquiryNumber(), message), "inquiry.reopened");
    }

    private void change(Runnable action, String doneKey) throws IOException {
        try {
            action.run();
        } catch (BusinessException e) {
            Texts.error(FIELDS.get(e.messageKey()), e.messageKey(), e.arguments().toArray());
            return;
        }
        Redirects.withInfo(doneKey, "/support/history/" + number);
    }

    public void upload(FileUploadEvent event) {
        files.add(event.getFile(), policies.now().attachments(), uploads, owner());
    }

    public void removeFile(int index) {
        files.remove(index, uploads, owner());
    }

    private String owner() {
        return Uploads.member(reader.member().userId());
    }

    /** What happens next, in plain words. */
    public String getNextStep() {
        return switch (inquiry.status()) {
            case NEW -> Texts.text("inquiry.next.NEW", inquiry.teamName(), promises.byTeam(inquiry.teamCode(), inquiry.firstResponseDue()));
            case OPEN -> Texts.text("inquiry.next.OPEN", inquiry.teamName());
            case AWAITING_MEMBER -> Texts.text("inquiry.next.AWAITING_MEMBER", time(inquiry.autoClosesAt()));
            case CLOSED -> Texts.text("inquiry.next.CLOSED." + InquiryPages.who(inquiry.closure()), time(inquiry.closedAt()),
                    inquiry.closure().byName());
        };
    }

    public boolean isClosed() {
        return inquiry.status() == InquiryStatus.CLOSED;
    }

    public String time(java.time.Instant moment) {
        return moments.at(moment);
    }

    public String size(long bytes) {
        return InquiryPages.size(bytes);
    }

    public InquiryViews.Detail getInquiry() {
        return inquiry;
    }

    public List<StagedFileInfo> getFiles() {
        return files.list();
    }

    public Long getNumber() {
        return number;
    }

    public void setNumber(Long number) {
        this.number = number;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** The number of the inquiry this page shows, as the services take it. */
    private InquiryNumber inquiryNumber() {
        return new InquiryNumber(number);
    }
}
