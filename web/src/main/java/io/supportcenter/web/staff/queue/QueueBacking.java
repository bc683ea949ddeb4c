package io.supportcenter.web.staff.queue;

import io.supportcenter.domain.inquiry.InquiryStatus;
import io.supportcenter.domain.inquiry.QueueCriteria;
import io.supportcenter.domain.inquiry.QueueService;
import io.supportcenter.domain.inquiry.StaffInquiryService;
import io.supportcenter.domain.kb.KnowledgeBaseEditor;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffProfile;
import io.supportcenter.domain.staff.StaffRole;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The queues ({@code /staff/queues?scope=TEAM|MINE|ALL&team=&status=&category=&age=&breached=true}):
 * by default the inquiries whose first response is due soonest first, with the business time left;
 * sorted and paged in the database; claim from the list. The filters are plain GET parameters, so a
 * queue can be bookmarked. The service decides who may see which queue.
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, QueueCriteria.Order> SORTABLE = Map.of(
            "due", QueueCriteria.Order.DUE, "submitted", QueueCriteria.Order.SUBMITTED, "number", QueueCriteria.Order.NUMBER);

    @Inject
    QueueService queues;

    @Inject
    StaffInquiryService inquiries;

    @Inject
    KnowledgeBaseEditor knowledgeBase;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private QueueService.Scope scope = QueueService.Scope.TEAM;
    private String team;
    private InquiryStatus status;
    private Long category;
    private Integer age;
    private boolean breached;
    private QueueCriteria.Order order = QueueCriteria.Order.DUE;
    private boolean descending;
    private List<SelectItem> categoryChoices;

    private final LazyDataModel<QueueService.Row> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, queues.count(queue()));
        }

        @Override
        public List<QueueService.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            sortBy.values().stream().filter(sort -> SORTABLE.containsKey(sort.getField()) && sort.getOrder() != SortOrder.UNSORTED)
                    .findFirst().ifPresent(sort -> {
                        order = SORTABLE.get(sort.getField());
                        descending = sort.getOrder() == SortOrder.DESCENDING;
                    });
            return queues.page(queue(), first, pageSize);
        }

        @Override
        public String getRowKey(QueueService.Row row) {
            return String.valueOf(row.number());
        }
    };

    /** View action: a queue this staff user may not see answers with the reason instead of rows. */
    public void check() {
        try {
            queue();
        } catch (BusinessException e) {
            Texts.error(null, e.messageKey(), e.arguments().toArray());
            scope = QueueService.Scope.MINE;
            team = null;
        }
    }

    /** The queue of this request's filters, its access checked once for the view action, the count and the page. */
    private QueueService.Queue queue() {
        Map<Object, Object> perRequest = FacesContext.getCurrentInstance().getAttributes();
        return (QueueService.Queue) perRequest.computeIfAbsent(request(), asked -> queues.open(staffId(), (QueueService.Request) asked));
    }

    private QueueService.Request request() {
        return new QueueService.Request(scope, team, status, category, breached, age, order, descending);
    }

    public void claim(long number) throws IOException {
        try {
            inquiries.claim(staffId(), number);
        } catch (BusinessException e) {
            Texts.error(null, e.messageKey(), e.arguments().toArray());
            return;
        }
        Redirects.withInfo("staff.inquiry.claimed", "/staff/inquiries/" + number);
    }

    /** Business time left as people read it ("5 h 20 min"), or how long the first response is overdue. */
    public String timeLeft(QueueService.Row row) {
        Duration left = row.timeLeft().abs();
        String text = Texts.text("staff.queues.hours-minutes", left.toHours(), left.toMinutesPart());
        return row.timeLeft().isNegative() ? Texts.text("staff.queues.overdue", text) : text;
    }

    /** How long ago the member asked, in calendar time. */
    public String waiting(QueueService.Row row) {
        Duration waited = Duration.between(row.submittedAt(), clock.instant());
        return waited.toDays() > 0 ? Texts.text("staff.queues.waiting-days", waited.toDays())
                : Texts.text("staff.queues.waiting-hours", Math.max(0, waited.toHours()));
    }

    public String olderThan(int days) {
        return Texts.text("staff.queues.older-than", days);
    }

    public boolean isSupervisor() {
        return currentUser.staffUser().map(profile -> StaffRole.overseesAllTeams(profile.roles())).orElse(false);
    }

    /** The teams one may pick in the team queue: one's own, or every team for supervisors. */
    public List<SelectItem> getTeamChoices() {
        List<String> own = currentUser.staffUser().map(StaffProfile::teamCodes).orElse(List.of());
        return inquiries.teams().stream().filter(t -> isSupervisor() || own.contains(t.getCode()))
                .map(t -> new SelectItem(t.getCode(), t.getName())).toList();
    }

    /** Categories in tree order, indented by depth; read once per view (the getter is called per render pass). */
    public List<SelectItem> getCategoryChoices() {
        if (categoryChoices == null) {
            categoryChoices = knowledgeBase.outline().stream()
                    .map(c -> new SelectItem(c.id(), "\u2003".repeat(c.depth()) + c.name())).toList();
        }
        return categoryChoices;
    }

    public List<Integer> getAges() {
        return List.of(1, 3, 7, 30);
    }

    private long staffId() {
        return currentUser.staffId();
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

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team == null || team.isBlank() ? null : team;
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public void setStatus(InquiryStatus status) {
        this.status = status;
    }

    public Long getCategory() {
        return category;
    }

    public void setCategory(Long category) {
        this.category = category;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age == null || age <= 0 ? null : age;
    }

    public boolean isBreached() {
        return breached;
    }

    public void setBreached(boolean breached) {
        this.breached = breached;
    }
}
