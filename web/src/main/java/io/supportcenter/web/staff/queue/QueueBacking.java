package io.supportcenter.web.staff.queue;

import io.supportcenter.domain.inquiry.InquiryStatus;
import io.supportcenter.domain.inquiry.QueueService;
import io.supportcenter.domain.inquiry.StaffInquiryService;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffProfile;
import io.supportcenter.domain.staff.StaffRole;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.Texts;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The queues ({@code /staff/queues?scope=TEAM|MINE|ALL&status=&breached=true}): inquiries the first
 * response of which is due soonest first, with the business time left; claim from the list. The
 * service decides who may see which queue.
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QueueService queues;

    @Inject
    StaffInquiryService inquiries;

    @Inject
    CurrentUser currentUser;

    private QueueService.Scope scope = QueueService.Scope.TEAM;
    private InquiryStatus status;
    private boolean breached;

    private final LazyDataModel<QueueService.Row> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, queues.count(staffId(), request()));
        }

        @Override
        public List<QueueService.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return queues.page(staffId(), request(), first, pageSize);
        }

        @Override
        public String getRowKey(QueueService.Row row) {
            return String.valueOf(row.number());
        }
    };

    private QueueService.Request request() {
        return new QueueService.Request(scope, null, status, null, breached, null);
    }

    public void claim(long number) throws IOException {
        try {
            inquiries.claim(staffId(), number);
        } catch (BusinessException e) {
            Texts.error(null, e.messageKey(), e.arguments().toArray());
            return;
        }
        Texts.info("staff.inquiry.claimed");
        Texts.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/staff/inquiries/" + number);
    }

    /** Business time left as people read it: "5 h 20 min", or how long it is overdue. */
    public String timeLeft(QueueService.Row row) {
        Duration left = row.timeLeft().abs();
        String text = left.toHours() + " h " + left.toMinutesPart() + " min";
        return row.timeLeft().isNegative() ? Texts.text("staff.queues.overdue", text) : text;
    }

    public boolean isSupervisor() {
        return currentUser.staffUser().map(profile -> profile.roles().contains(StaffRole.SUPERVISOR)
                || profile.roles().contains(StaffRole.ADMIN)).orElse(false);
    }

    private long staffId() {
        return currentUser.staffUser().map(StaffProfile::staffId).orElseThrow(() -> new BusinessException("inquiry.staff-only"));
    }

    public LazyDataModel<QueueService.Row> getRows() {
        return rows;
    }

    public InquiryStatus[] getStatuses() {
        return InquiryStatus.values();
    }

    public QueueService.Scope getScope() {
        return scope;
    }

    public void setScope(QueueService.Scope scope) {
        this.scope = scope == null ? QueueService.Scope.TEAM : scope;
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public void setStatus(InquiryStatus status) {
        this.status = status;
    }

    public boolean isBreached() {
        return breached;
    }

    public void setBreached(boolean breached) {
        this.breached = breached;
    }
}
