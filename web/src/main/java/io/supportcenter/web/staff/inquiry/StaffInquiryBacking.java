package io.supportcenter.web.staff.inquiry;

import io.supportcenter.domain.console.AccountFile;
import io.supportcenter.domain.console.AccountTools;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.inquiry.InquiryNumber;
import io.supportcenter.domain.inquiry.InquiryStatus;
import io.supportcenter.domain.inquiry.InquiryViews;
import io.supportcenter.domain.inquiry.QueueView;
import io.supportcenter.domain.inquiry.SavedReplies;
import io.supportcenter.domain.inquiry.StaffInquiryService;
import io.supportcenter.domain.inquiry.StagedFileInfo;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.inquiry.PendingFiles;
import io.supportcenter.web.inquiry.Uploads;
import io.supportcenter.web.shell.Moments;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.RestoredForm;
import io.supportcenter.web.shell.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

/**
 * One inquiry as staff work it ({@code /staff/inquiries/{number}?view=}): properties, the whole conversation with
 * internal notes and the composer, the member's account beside. Claim, assign (supervisors), transfer and close
 * change the properties over Ajax and keep what is typed in the composer; reply (then wait for the member, or
 * close), and internal note post the page and redirect, so a refresh repeats nothing; a refusal keeps the typed
 * text and the composer's mode. Editors read without acting. {@code view} is the queue view the inquiry was opened
 * from, whose next inquiry "Next" opens.
 */
@Named
@ViewScoped
public class StaffInquiryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EARLIER_SHOWN = 5;
    private static final String VERSION = "inquiry-version";
    static final String MODE_REPLY = "REPLY";
    static final String MODE_NOTE = "NOTE";
    private static final Logger LOG = Logger.getLogger(StaffInquiryBacking.class.getName());
    private static final Map<String, String> FIELDS = Map.of(
            "inquiry.message.required", "work:text",
            "inquiry.message.too-long", "work:text",
            "inquiry.transfer.same-team", "work:team",
            "inquiry.assign.not-eligible", "work:assignee",
            "inquiry.already-closed", "work:text",
            "inquiry.changed-meanwhile", "work:text",
            "inquiry.attachment.too-many", "work:files",
            "staff.inquiry.note.no-files", "work:files");

    @Inject
    StaffInquiryService inquiries;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountTools accounts;

    @Inject
    SavedReplies savedReplies;

    @Inject
    Policies policies;

    @Inject
    Uploads uploads;

    @Inject
    Moments moments;

    @Inject
    Clock clock;

    private Long number;
    private InquiryViews.Detail inquiry;
    private String text;
    private final PendingFiles files = new PendingFiles("work:files");
    private String team;
    private Long assignee;
    private String mode = MODE_REPLY;
    private String view = QueueView.TEAM.address();
    private String sort = "due";
    private String dir = "asc";
    private StaffInquiryService.Rights rights;
    private List<String> alsoViewing = List.of();
    private AccountFile account;
    private boolean hasSavedReplies;
    private String savedReply;
    /** Set on a rebuilt form only: the version its page showed ({@link #getShownVersion}). */
    private Long shownVersion;
    private List<InquiryViews.Summary> earlier = List.of();

    /**
     * View action: the inquiry if this staff user may read it; another team's inquiry answers 404 as
     * if it did not exist. What the page offers is fixed here, so that a postback finds the buttons
     * it was shown (the actions check again on the server).
     */
    public void load() throws IOException {
        number = addressedNumber();
        if (!open()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    /**
     * The number in the address {@code /staff/inquiries/{number}}, which FacesViews serves with this page (MultiViews on
     * {@code /staff/inquiries/*}, web.xml): exactly one segment of digits, else no inquiry. Read from the path rather than
     * with {@code @Param(pathIndex = 0)}, which would also take {@code /5/} and {@code /5/more}, addresses that answer 404.
     */
    private static Long addressedNumber() {
        String path = Faces.getRequestPathInfo();
        return path != null && path.matches("/\\d{1,18}") ? Long.valueOf(path.substring(1)) : null;
    }

    private boolean open() {
        inquiry = number == null ? null : inquiries.inquiry(caller(), inquiryNumber()).orElse(null);
        if (inquiry == null) {
            return false;
        }
        rights = inquiries.rights(caller(), inquiryNumber());
        stillViewing();
        account = accounts.account(caller(), inquiry.accountNumber()).orElse(null);
        hasSavedReplies = rights.work() && !savedReplies.forInquiry(caller(), inquiryNumber()).isEmpty();
        assignee = inquiry.assigneeId();
        earlier = account == null ? List.of() : inquiries.ofAccount(caller(), account.id(), EARLIER_SHOWN + 1).stream()
                .filter(other -> other.number() != number).limit(EARLIER_SHOWN).toList();
        return true;
    }

    /**
     * A form posted from a page whose view had gone is rebuilt with a new bean: the inquiry, the version of it the
     * page showed and the staged files come back from the form's hidden fields ({@link RestoredForm}) before the
     * form is decoded, so that its buttons are there to be pressed. A reply still meets what was written since the
     * page was shown as a conflict, as it would have without the rebuild.
     */
    @PostConstruct
    void restore() {
        RestoredForm.postedNumber(RestoredForm.NUMBER).ifPresent(posted -> {
            number = posted;
            if (open()) {
                shownVersion = RestoredForm.postedNumber(VERSION).orElse(null);
                files.restore(RestoredForm.postedIds(RestoredForm.STAGED), uploads, owner());
            }
        });
    }

    /** The version of the inquiry the page shows, which a reply or a note is written against. */
    public long getShownVersion() {
        return shownVersion != null ? shownVersion : inquiry.version();
    }

    public String getStagedIds() {
        return files.getIds();
    }

    /**
     * Poll listener (and part of loading): checks in and learns who else has the inquiry open.
     * Presence is best effort: a failed check-in (the same person's two tabs racing to write the
     * first one) must never disturb the page, so it only leaves the list as it was.
     */
    public void stillViewing() {
        try {
            alsoViewing = inquiries.viewing(caller(), inquiryNumber());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "check-in on inquiry " + number + " failed", e);
        }
    }

    /** The member's account as context: status, users, earlier inquiries. */
    public AccountFile getAccount() {
        return account;
    }

    public List<InquiryViews.Summary> getEarlier() {
        return earlier;
    }

    public List<String> getAlsoViewing() {
        return alsoViewing;
    }

    public String getAlsoViewingNames() {
        return String.join(", ", alsoViewing);
    }

    /** The saved replies whose title or text holds what was typed (their ids: {@link #savedReplyTitle} labels them). */
    public List<String> findSavedReplies(String query) {
        return savedReplies.search(caller(), inquiryNumber(), query).stream().map(r -> String.valueOf(r.id())).toList();
    }

    public String savedReplyTitle(String id) {
        return savedReplies.forInquiry(caller(), inquiryNumber()).stream().filter(r -> String.valueOf(r.id()).equals(id))
                .map(SavedReplies.View::title).findFirst().orElse("");
    }

    /** Puts the chosen saved reply, filled for this inquiry, into the text (after what is typed already). */
    public void insertSavedReply() {
        try {
            long chosen = savedReply != null && savedReply.strip().matches("\\d{1,18}") ? Long.parseLong(savedReply.strip()) : -1;
            addToText(savedReplies.fill(caller(), inquiryNumber(), chosen));
            savedReply = null;
        } catch (BusinessException e) {
            Texts.error("work:savedReply", e.messageKey());
        }
    }

    /** Adds to the composer's text, after what is typed already: a draft the agent reads and sends. */
    public void addToText(String more) {
        text = text == null || text.isBlank() ? more : text.stripTrailing() + "\n\n" + more;
    }

    public boolean isHasSavedReplies() {
        return hasSavedReplies;
    }

    public String getSavedReply() {
        return savedReply;
    }

    public void setSavedReply(String savedReply) {
        this.savedReply = savedReply;
    }

    public void claim() throws IOException {
        change(() -> inquiries.claim(caller(), inquiryNumber()), "staff.inquiry.claimed");
    }

    /** Sends the reply; the member's turn then. */
    public void reply() throws IOException {
        send(StaffInquiryService.AfterReply.WAIT_FOR_MEMBER, "staff.inquiry.replied");
    }

    /** Sends the reply and closes the inquiry in the same step. */
    public void replyAndClose() throws IOException {
        send(StaffInquiryService.AfterReply.CLOSE, "staff.inquiry.replied-closed");
    }

    private void send(StaffInquiryService.AfterReply after, String doneKey) throws IOException {
        mode = MODE_REPLY;
        post(() -> {
            inquiries.reply(caller(), inquiryNumber(), getShownVersion(), text, files.toSend(uploads, owner()), after);
            files.sent(uploads, owner());
        }, doneKey);
    }

    /** Internal notes are text only: files waiting for a reply are not dropped by noting. */
    public void note() throws IOException {
        mode = MODE_NOTE;
        if (!files.isEmpty()) {
            Texts.error("work:files", "staff.inquiry.note.no-files");
            return;
        }
        post(() -> inquiries.note(caller(), inquiryNumber(), getShownVersion(), text), "staff.inquiry.noted");
    }

    public void upload(FileUploadEvent event) {
        files.add(event.getFile(), policies.now().attachments(), uploads, owner());
    }

    public void removeFile(int index) {
        files.remove(index, uploads, owner());
    }

    private String owner() {
        return Uploads.staff(caller().staffId());
    }

    public List<StagedFileInfo> getFiles() {
        return files.list();
    }

    public String size(StagedFileInfo file) {
        return PendingFiles.size(file);
    }

    public String fileSize(long bytes) {
        return PendingFiles.size(bytes);
    }

    public void assign() throws IOException {
        if (assignee == null) {
            Texts.error("work:assignee", "staff.inquiry.assign.choose");
            return;
        }
        change(() -> inquiries.assign(caller(), inquiryNumber(), new StaffId(assignee)), "staff.inquiry.assigned");
    }

    /** After a transfer an agent of the old team no longer reaches the inquiry: back to the queue then. */
    public void transfer() throws IOException {
        if (team == null || team.isBlank()) {
            Texts.error("work:team", "staff.inquiry.transfer.choose");
            return;
        }
        change(() -> inquiries.transfer(caller(), inquiryNumber(), team), "staff.inquiry.transferred");
    }

    public void close() throws IOException {
        change(() -> inquiries.close(caller(), inquiryNumber()), "staff.inquiry.closed");
    }

    /**
     * A property changed from the workspace: over Ajax the page shows the inquiry as it now is (the composer keeps
     * its text, and its version moves on with this agent's own change); a plain post redirects as the composer does.
     */
    private void change(Runnable action, String doneKey) throws IOException {
        if (!FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
            post(action, doneKey);
            return;
        }
        if (!attempt(action)) {
            return;
        }
        if (!open()) {
            Redirects.withInfo(doneKey, "/staff/queues?" + getQueueQuery());
            return;
        }
        shownVersion = null;
        team = null;
        Texts.info(doneKey);
    }

    private void post(Runnable action, String doneKey) throws IOException {
        if (!attempt(action)) {
            return;
        }
        boolean stillReadable = inquiries.inquiry(caller(), inquiryNumber()).isPresent();
        Redirects.withInfo(doneKey, stillReadable ? "/staff/inquiries/" + number + "?" + getQueueQuery() : "/staff/queues?" + getQueueQuery());
    }

    private boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (BusinessException e) {
            Texts.error(FIELDS.get(e.messageKey()), e.messageKey(), e.arguments().toArray());
            if (e.messageKey().equals("inquiry.changed-meanwhile")) {
                // Show what was written meanwhile; the typed text stays in the field, and sending again goes through.
                inquiry = inquiries.inquiry(caller(), inquiryNumber()).orElse(inquiry);
                shownVersion = null;
            }
            return false;
        }
    }

    private Caller.Staff caller() {
        return currentUser.staffCaller();
    }


    public boolean isClosed() {
        return inquiry.status() == InquiryStatus.CLOSED;
    }

    public StaffInquiryService.Rights getRights() {
        return rights;
    }

    public List<StaffInquiryService.StaffName> getAssignable() {
        return rights != null && rights.assignOthers() ? inquiries.assignable(inquiryNumber()) : List.of();
    }

    public Long getAssignee() {
        return assignee;
    }

    public void setAssignee(Long assignee) {
        this.assignee = assignee;
    }

    /** The teams the inquiry can move to: every team but its own, none chosen at first. */
    public List<Team> getOtherTeams() {
        return inquiries.teams().stream().filter(t -> !t.getCode().equals(inquiry.teamCode())).toList();
    }

    /** Whether this staff user has the inquiry (then Claim is not offered). */
    public boolean isMine() {
        return caller().staffId().is(inquiry.assigneeId());
    }

    public String getAssigneeText() {
        if (isMine()) {
            return Texts.text("staff.inquiry.claimed-by-you");
        }
        return inquiry.assigneeName() == null ? Texts.text("staff.inquiry.unassigned") : inquiry.assigneeName();
    }

    /** The first response as it stands: answered when, not needed any more, or due when. */
    public String getFirstResponseText() {
        if (inquiry.firstRespondedAt() != null) {
            return Texts.text("staff.inquiry.answered-at", moments.at(inquiry.firstRespondedAt()));
        }
        if (isClosed()) {
            return Texts.text("staff.inquiry.closed-unanswered");
        }
        return Texts.text("staff.inquiry.due-at", moments.at(inquiry.firstResponseDue()));
    }

    public boolean isOverdue() {
        return inquiry.firstResponseOverdue(clock.instant());
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = MODE_NOTE.equals(mode) ? MODE_NOTE : MODE_REPLY;
    }

    public String getView() {
        return view;
    }

    /** The queue view the inquiry was opened from; an unknown one is the team's. */
    public void setView(String view) {
        this.view = QueueView.fromAddress(view).orElse(QueueView.TEAM).address();
    }

    /** The queue the inquiry was opened from, as its address says it: view, and its order unless the usual one. */
    public String getQueueQuery() {
        return "view=" + view + ("due".equals(sort) && "asc".equals(dir) ? "" : "&sort=" + sort + "&dir=" + dir);
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort != null && List.of("due", "submitted", "number").contains(sort) ? sort : "due";
    }

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = "desc".equals(dir) ? "desc" : "asc";
    }

    public InquiryViews.Detail getInquiry() {
        return inquiry;
    }

    public Long getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    /** The number of the inquiry this page shows, as the services take it. */
    private InquiryNumber inquiryNumber() {
        return new InquiryNumber(number);
    }
}
