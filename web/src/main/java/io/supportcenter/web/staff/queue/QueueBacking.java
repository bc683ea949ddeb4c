package io.supportcenter.web.staff.queue;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.inquiry.BulkChange;
import io.supportcenter.domain.inquiry.InquiryBulkChanges;
import io.supportcenter.domain.inquiry.InquiryNumber;
import io.supportcenter.domain.inquiry.InquiryStatus;
import io.supportcenter.domain.inquiry.QueueCriteria;
import io.supportcenter.domain.inquiry.QueueService;
import io.supportcenter.domain.inquiry.QueueView;
import io.supportcenter.domain.inquiry.StaffInquiryService;
import io.supportcenter.domain.kb.KnowledgeBaseEditor;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffProfile;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.Moments;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.RestoredForm;
import io.supportcenter.web.shell.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The queues ({@code /staff/queues?view=mine|unassigned|overdue|awaiting-member|team|all&team=&status=&category=&age=},
 * sorted by {@code &sort=due|submitted|number&dir=asc|desc}, paged by {@code &page=}; the older
 * {@code ?scope=TEAM|MINE|ALL&breached=true} still works): by default the inquiries whose first response is due
 * soonest first, with the business time left; sorted and paged in the database; each view with its count.
 * Everything is in the address, so a queue page can be bookmarked and the view keeps nothing; Claim and the bulk
 * actions post inquiry numbers (never row positions, which move as inquiries arrive). {@code &next-after=} opens
 * the inquiry after that one in the view. The service decides who may see which queue.
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
    Moments moments;

    @Inject
    InquiryBulkChanges bulkChanges;

    @Inject
    HttpServletRequest request;

    private QueueView view;
    private Long nextAfter;
    private Map<QueueView, Long> counts;
    private BulkConfirmation confirmation;
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

    /**
     * The page is stateless, so on its own post (Claim, a bulk action) Faces sets none of its view parameters again:
     * they are read here from the address the form posts to, which is the page's own with its query.
     */
    @PostConstruct
    void readAddressOnPost() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || !faces.isPostback()) {
            return;
        }
        Map<String, String> address = faces.getExternalContext().getRequestParameterMap();
        setView(address.get("view"));
        setScope(parsedEnum(QueueService.Scope.class, address.get("scope")));
        setTeam(address.get("team"));
        setStatus(parsedEnum(InquiryStatus.class, address.get("status")));
        setCategory(RestoredForm.postedNumber("category").orElse(null));
        Long olderThan = RestoredForm.postedNumber("age").orElse(null);
        setAge(olderThan == null ? null : (int) Math.min(Integer.MAX_VALUE, olderThan));
        setBreached("true".equals(address.get("breached")));
        setSort(address.get("sort"));
        setDir(address.get("dir"));
        Long shown = RestoredForm.postedNumber("page").orElse(null);
        setPage(shown == null ? 1 : (int) Math.min(Integer.MAX_VALUE, Math.max(1, shown)));
    }

    private static <E extends Enum<E>> E parsedEnum(Class<E> type, String name) {
        try {
            return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * View action: a queue this staff user may not see answers with the reason instead of rows; {@code next-after}
     * opens the view's next inquiry instead, or says there is none.
     */
    public void check() throws IOException {
        try {
            queue();
            if (nextAfter != null && !FacesContext.getCurrentInstance().isPostback()) {
                Optional<Long> next = queues.next(caller(), request(), nextAfter);
                if (next.isPresent()) {
                    Redirects.to("/staff/inquiries/" + next.get() + "?" + getInquiryQuery());
                    return;
                }
                Texts.info("staff.queues.no-next");
            }
        } catch (BusinessException e) {
            Texts.error(null, e.messageKey(), e.arguments().toArray());
            view = QueueView.MINE;
            scope = QueueService.Scope.MINE;
            team = null;
            queue = null;
        }
    }

    /** The queue of this request's filters, its access checked once for the view action, the count and the page. */
    private QueueService.Queue queue() {
        if (queue == null) {
            queue = queues.open(caller(), request());
        }
        return queue;
    }

    /** A view named in the address, narrowed by the filters; without one, the older scope and its filters. */
    private QueueService.Request request() {
        return view != null
                ? QueueService.Request.of(view, team, status, category, age, SORTABLE.get(sort), descending)
                : new QueueService.Request(scope, team, status, category, breached, age, SORTABLE.get(sort), descending);
    }

    /** The view shown as current: the one asked for, or the one the older scope amounts to. */
    public QueueView getCurrentView() {
        if (view != null) {
            return view;
        }
        return switch (scope) {
            case MINE -> QueueView.MINE;
            case ALL -> QueueView.ALL;
            case TEAM -> breached && status == null ? QueueView.OVERDUE : QueueView.TEAM;
        };
    }

    /** The views this staff user is offered, in order, with how many inquiries each holds now. */
    public List<Map.Entry<QueueView, Long>> getViews() {
        if (counts == null) {
            counts = queues.counts(caller());
        }
        return List.copyOf(counts.entrySet());
    }

    public String getView() {
        return getCurrentView().address();
    }

    /** What an inquiry opened from this queue carries, so that its "Next" follows this view in this order. */
    public String getInquiryQuery() {
        return "view=" + getView() + ("due".equals(sort) && !descending ? "" : "&sort=" + sort + "&dir=" + getDir());
    }

    public void setView(String view) {
        this.view = QueueView.fromAddress(view).orElse(null);
    }

    public Long getNextAfter() {
        return nextAfter;
    }

    public void setNextAfter(Long nextAfter) {
        this.nextAfter = nextAfter;
    }

    /** Whether the state filter narrows this view (views such as "Awaiting member" fix the state themselves). */
    public boolean isStatusFilterOffered() {
        return !getCurrentView().fixesStatus();
    }

    public boolean isTeamFilterOffered() {
        return getCurrentView().scope() == QueueService.Scope.TEAM;
    }

    public long getTotal() {
        if (total == null) {
            total = queues.count(queue());
        }
        return total;
    }

    public List<QueueService.Row> getRows() {
        if (rows == null) {
            rows = getTotal() == 0 ? List.of() : queues.page(queue(), (getShownPage() - 1) * PAGE_SIZE, PAGE_SIZE);
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
            inquiries.claim(caller(), new InquiryNumber(number));
        } catch (BusinessException e) {
            Texts.error(null, e.messageKey(), e.arguments().toArray());
            return;
        }
        Redirects.withInfo("staff.inquiry.claimed", "/staff/inquiries/" + number);
    }

    /** Claim is offered on rows someone else (or nobody) has. */
    public boolean claimable(QueueService.Row row) {
        return row.status() != InquiryStatus.CLOSED && !caller().staffId().is(row.assigneeId());
    }

    /**
     * View action on the queue's post of a bulk action: the first press asks to confirm, naming every inquiry
     * selected and what will happen to it; the confirmation applies it inquiry by inquiry and tells what was done
     * and what was refused, and why, above the same queue.
     */
    public void bulkPressed() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> posted = faces.getExternalContext().getRequestParameterMap();
        String pressed = posted.get("bulk");
        if (!faces.isPostback() || pressed == null) {
            return;
        }
        List<Long> numbers = selectedNumbers();
        BulkChange change;
        try {
            if (numbers.isEmpty()) {
                throw new BusinessException("inquiry.bulk.none-selected");
            }
            change = new BulkChange(BulkChange.Kind.valueOf(pressed), RestoredForm.postedNumber("bulk-assignee").orElse(null),
                    blankToNull(posted.get("bulk-team")));
        } catch (IllegalArgumentException e) {
            Texts.error(null, "inquiry.bulk.choose-action");
            return;
        } catch (BusinessException e) {
            Texts.error(null, e.messageKey(), e.arguments().toArray());
            return;
        }
        if (!"yes".equals(posted.get("bulk-confirmed"))) {
            confirmation = new BulkConfirmation(change, numbers, summary(change, numbers.size()));
            return;
        }
        InquiryBulkChanges.Outcome outcome;
        try {
            outcome = bulkChanges.apply(caller(), numbers, change);
        } catch (BusinessException e) {
            Texts.error(null, e.messageKey(), e.arguments().toArray());
            return;
        }
        if (!outcome.changed().isEmpty()) {
            Texts.info("staff.queues.bulk.done." + change.kind(), outcome.changed().size());
        }
        outcome.refused().forEach((number, reason) -> Texts.error(null, "staff.queues.bulk.refused", number, Texts.text(reason)));
        Texts.keepForRedirect();
        Redirects.to("/staff/queues" + address(sort, descending) + "&page=" + getShownPage());
    }

    /** The numbers of the rows ticked (a tampered value is left out; the service checks each inquiry anyway). */
    private List<Long> selectedNumbers() {
        String[] ticked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get("selected");
        if (ticked == null) {
            return List.of();
        }
        return Arrays.stream(ticked).map(String::strip).filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf).distinct()
                .limit(BulkChange.MAX_INQUIRIES + 1L).toList();
    }

    private String summary(BulkChange change, int count) {
        return switch (change.kind()) {
            case CLAIM -> Texts.text("staff.queues.bulk.confirm.CLAIM", count);
            case CLOSE -> Texts.text("staff.queues.bulk.confirm.CLOSE", count);
            case ASSIGN -> Texts.text("staff.queues.bulk.confirm.ASSIGN", count, getBulkAssignees().stream()
                    .filter(a -> a.id() == change.assigneeId()).map(StaffInquiryService.StaffName::name).findFirst().orElse("?"));
            case TRANSFER -> Texts.text("staff.queues.bulk.confirm.TRANSFER", count, inquiries.teams().stream()
                    .filter(t -> t.getCode().equals(change.teamCode())).map(Team::getName).findFirst().orElse(change.teamCode()));
        };
    }

    /** A bulk action waiting for its confirmation: what it does, to which inquiries (shown with their subjects). */
    public record BulkConfirmation(BulkChange change, List<Long> numbers, String summary) {

        public String getNumbers() {
            return numbers.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
    }

    public BulkConfirmation getConfirmation() {
        return confirmation;
    }

    /** Whether a row is among those a bulk action waits to be confirmed for (they stay ticked). */
    public boolean selected(QueueService.Row row) {
        return confirmation != null && confirmation.numbers().contains(row.number());
    }

    public List<StaffInquiryService.StaffName> getBulkAssignees() {
        return isSupervisor() ? inquiries.assignableInBulk() : List.of();
    }

    public List<Team> getTeams() {
        return inquiries.teams();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Who has the row's inquiry, as the queue says it: "You", a name, or "Unassigned". */
    public String assignee(QueueService.Row row) {
        if (row.assigneeId() == null) {
            return Texts.text("staff.inquiry.unassigned");
        }
        return caller().staffId().is(row.assigneeId()) ? Texts.text("staff.queues.you") : row.assigneeName();
    }

    public int getPageCount() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    /** The page asked for, as the address says it (its parameter's value; nothing is read to give it). */
    public int getPage() {
        return page;
    }

    /**
     * The page shown: the one asked for, within the pages there are (an address from a bookmark may name one that
     * is gone). Never asked before the address's parameters are all set, as it reads the queue.
     */
    public int getShownPage() {
        return Math.min(Math.max(1, page), getPageCount());
    }

    public void setPage(int page) {
        this.page = page;
    }

    public long getFirstRow() {
        return getTotal() == 0 ? 0 : (getShownPage() - 1L) * PAGE_SIZE + 1;
    }

    public long getLastRow() {
        return Math.min(getTotal(), (long) getShownPage() * PAGE_SIZE);
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
        StringBuilder address = new StringBuilder(view != null ? "?view=" + view.address() : "?scope=" + scope.name());
        if (team != null) {
            address.append("&team=").append(URLEncoder.encode(team, StandardCharsets.UTF_8));
        }
        if (status != null && (view == null || !view.fixesStatus())) {
            address.append("&status=").append(status.name());
        }
        if (category != null) {
            address.append("&category=").append(category);
        }
        if (age != null) {
            address.append("&age=").append(age);
        }
        if (breached && view == null) {
            address.append("&breached=true");
        }
        return address.append("&sort=").append(order).append("&dir=").append(down ? "desc" : "asc").toString();
    }

    /**
     * Business time left as people read it ("5 h 20 min"), or how long the first response is overdue; nothing once
     * answered or closed, as no first response is due then.
     */
    public String timeLeft(QueueService.Row row) {
        if (row.firstRespondedAt() != null || row.status() == InquiryStatus.CLOSED) {
            return "";
        }
        Duration left = row.timeLeft().abs();
        String text = Texts.text("staff.queues.hours-minutes", left.toHours(), left.toMinutesPart());
        return row.timeLeft().isNegative() ? Texts.text("staff.queues.overdue", text) : text;
    }

    /** How long ago the member asked, in calendar time. */
    public String waiting(QueueService.Row row) {
        return moments.ago(row.submittedAt());
    }

    /** How long ago the inquiry last changed (a message, a claim, a transfer). */
    public String updated(QueueService.Row row) {
        return moments.ago(row.lastActivityAt());
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

    private Caller.Staff caller() {
        return currentUser.staffCaller();
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
