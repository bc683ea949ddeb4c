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
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The queues ({@code /staff/queues?scope=TEAM|MINE|ALL&team=&status=&category=&age=&breached=true}, sorted by
 * {@code &sort=due|submitted|number&dir=asc|desc}, paged by {@code &page=}): by default the inquiries whose first
 * response is due soonest first, with the business time left; sorted and paged in the database. Everything is
 * in the address, so a queue page can be bookmarked and the view keeps nothing; Claim posts the inquiry's
 * number (never a row position, which moves as inquiries arrive). The service decides who may see which queue.
 */
@Named
@RequestScoped
public class QueueBacking {

    static final int PAGE_SIZE = 25;
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
    private String sort = "due";
    private boolean descending;
    private int page = 1;
    private List<SelectItem> categoryChoices;
    private QueueService.Queue queue;
    private Long total;
    private List<QueueService.Row> rows;

    /** View action: a queue this staff user may not see answers with the reason instead of rows. */
    public void check() {
        try {
            queue();
        } catch (BusinessException e) {
            Texts.error(null, e.messageKey(), e.arguments().toArray());
            scope = QueueService.Scope.MINE;
            team = null;
            queue = null;
        }
    }

    /** The queue of this request's filters, its access checked once for the view action, the count and the page. */
    private QueueService.Queue queue() {
        if (queue == null) {
            queue = queues.open(staffId(), new QueueService.Request(scope, team, status, category, breached, age,
                    SORTABLE.get(sort), descending));
        }
        return queue;
    }

    public long getTotal() {
        if (total == null) {
            total = queues.count(queue());
        }
        return total;
    }

    public List<QueueService.Row> getRows() {
        if (rows == null) {
            rows = getTotal() == 0 ? List.of() : queues.page(queue(), (getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return rows;
    }

    /**
     * View action on the queue's post: claims the inquiry whose number the pressed Claim button carries, then
     * opens it; a claim refused (another agent was quicker) shows why above the same queue page.
     */
    public void claimPressed() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pressed = faces.getExternalContext().getRequestParameterMap().get("claim");
        if (!faces.isPostback() || pressed == null) {
            return;
        }
        long number;
        try {
            number = Long.parseLong(pressed);
        } catch (NumberFormatException e) {
            Texts.error(null, "staff.queues.claim-unknown");
            return;
        }
        try {
            inquiries.claim(staffId(), number);
        } catch (BusinessException e) {
            Texts.error(null, e.messageKey(), e.arguments().toArray());
            return;
        }
        Redirects.withInfo("staff.inquiry.claimed", "/staff/inquiries/" + number);
    }

    public int getPageCount() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    /** The page asked for, within the pages there are (an address from a bookmark may name one that is gone). */
    public int getPage() {
        return Math.min(Math.max(1, page), getPageCount());
    }

    public void setPage(int page) {
        this.page = page;
    }

    public long getFirstRow() {
        return getTotal() == 0 ? 0 : (getPage() - 1L) * PAGE_SIZE + 1;
    }

    public long getLastRow() {
        return Math.min(getTotal(), (long) getPage() * PAGE_SIZE);
    }

    /** The address of another page of this queue, with the same filters and order. */
    public String pageAddress(int number) {
        return address(sort, descending) + "&page=" + number;
    }

    /** The address of this queue sorted by a column: its first page, the other direction if already sorted by it. */
    public String sortAddress(String column) {
        return address(column, column.equals(sort) && !descending);
    }

    /** How a column sorts the queue now: none, ascending or descending (its header's style). */
    public String sortDirection(String column) {
        return !column.equals(sort) ? "none" : descending ? "descending" : "ascending";
    }

    /** The sort state of a column as a screen reader announces it with the header's link, or nothing. */
    public String sortState(String column) {
        return column.equals(sort) ? Texts.text("staff.queues.sorted." + sortDirection(column)) : "";
    }

    private String address(String order, boolean down) {
        StringBuilder address = new StringBuilder("?scope=").append(scope.name());
        if (team != null) {
            address.append("&team=").append(URLEncoder.encode(team, StandardCharsets.UTF_8));
        }
        if (status != null) {
            address.append("&status=").append(status.name());
        }
        if (category != null) {
            address.append("&category=").append(category);
        }
        if (age != null) {
            address.append("&age=").append(age);
        }
        if (breached) {
            address.append("&breached=true");
        }
        return address.append("&sort=").append(order).append("&dir=").append(down ? "desc" : "asc").toString();
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

    /** Categories in tree order, indented by depth; read once per request (the getter is called per option). */
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

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort != null && SORTABLE.containsKey(sort) ? sort : "due";
    }

    public String getDir() {
        return descending ? "desc" : "asc";
    }

    public void setDir(String dir) {
        this.descending = "desc".equals(dir);
    }

    public boolean isBreached() {
        return breached;
    }

    public void setBreached(boolean breached) {
        this.breached = breached;
    }
}
