package io.supportcenter.web.staff.inquiry;

import io.supportcenter.domain.inquiry.InquiryStatus;
import io.supportcenter.domain.inquiry.InquiryViews;
import io.supportcenter.domain.inquiry.StaffInquiryService;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffProfile;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.Texts;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One inquiry as staff work it ({@code /staff/inquiries/{number}}): the whole conversation with
 * internal notes; claim, reply (the member is emailed), note, transfer, close. Each action redirects,
 * so a refresh repeats nothing; a refusal keeps the typed text.
 */
@Named
@ViewScoped
public class StaffInquiryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId SUPPORT_ZONE = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy, h:mm a z", Locale.ENGLISH);
    private static final Map<String, String> FIELDS = Map.of(
            "inquiry.message.required", "work:text",
            "inquiry.message.too-long", "work:text",
            "inquiry.transfer.same-team", "work:team");

    @Inject
    StaffInquiryService inquiries;

    @Inject
    CurrentUser currentUser;

    private Long number;
    private InquiryViews.Detail inquiry;
    private String text;
    private String team;

    public void load() throws IOException {
        inquiry = number == null ? null : inquiries.inquiry(number).orElse(null);
        if (inquiry == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public void claim() throws IOException {
        change(() -> inquiries.claim(staffId(), number), "staff.inquiry.claimed");
    }

    public void reply() throws IOException {
        change(() -> inquiries.reply(staffId(), number, text, List.of()), "staff.inquiry.replied");
    }

    public void note() throws IOException {
        change(() -> inquiries.note(staffId(), number, text), "staff.inquiry.noted");
    }

    public void transfer() throws IOException {
        change(() -> inquiries.transfer(staffId(), number, team), "staff.inquiry.transferred");
    }

    public void close() throws IOException {
        change(() -> inquiries.close(staffId(), number), "staff.inquiry.closed");
    }

    private void change(Runnable action, String doneKey) throws IOException {
        try {
            action.run();
        } catch (BusinessException e) {
            Texts.error(FIELDS.get(e.messageKey()), e.messageKey(), e.arguments().toArray());
            return;
        }
        Texts.info(doneKey);
        Texts.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/staff/inquiries/" + number);
    }

    private long staffId() {
        return currentUser.staffUser().map(StaffProfile::staffId).orElseThrow(() -> new BusinessException("inquiry.staff-only"));
    }

    public String time(java.time.Instant moment) {
        return moment == null ? "" : TIME.format(moment.atZone(SUPPORT_ZONE));
    }

    public boolean isClosed() {
        return inquiry.status() == InquiryStatus.CLOSED;
    }

    public List<Team> getTeams() {
        return inquiries.teams();
    }

    public InquiryViews.Detail getInquiry() {
        return inquiry;
    }

    public Long getNumber() {
        return number;
    }

    public void setNumber(Long number) {
        this.number = number;
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
}
