package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.kb.Category;
import io.supportcenter.domain.kb.CategoryRepository;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.staff.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The staff queues (SPEC §7): per team, "mine", and all teams for supervisors and admins; sorted by
 * due time; filtered and paged in the database. Who may see which queue is decided here, on the server.
 */
@ApplicationScoped
public class QueueService {

    /** Which queue. */
    public enum Scope { TEAM, MINE, ALL }

    /**
     * What a person asks of a queue: the scope, a team (for TEAM), the filters (a category takes in
     * its sub-categories; unassigned ones are those nobody has picked up: new or open) and the order.
     */
    public record Request(Scope scope, String teamCode, InquiryStatus status, Long categoryId, boolean breachedOnly,
                          Integer olderThanDays, QueueCriteria.Order order, boolean descending, boolean unassignedOnly)
            implements Serializable {

        public Request(Scope scope, String teamCode, InquiryStatus status, Long categoryId, boolean breachedOnly,
                       Integer olderThanDays, QueueCriteria.Order order, boolean descending) {
            this(scope, teamCode, status, categoryId, breachedOnly, olderThanDays, order, descending, false);
        }

        /** Soonest due first, unfiltered. */
        public static Request of(Scope scope) {
            return new Request(scope, null, null, null, false, null, QueueCriteria.Order.DUE, false);
        }

        /** A view narrowed by team, category and age; a state filter only where the view does not fix the state. */
        public static Request of(QueueView view, String teamCode, InquiryStatus status, Long categoryId, Integer olderThanDays,
                                 QueueCriteria.Order order, boolean descending) {
            return new Request(view.scope(), teamCode, view.fixesStatus() ? view.status() : status, categoryId,
                    view.overdue(), olderThanDays, order, descending, view.unassigned());
        }
    }

    /**
     * A queue row: the time left is business time until the first response is due (negative when breached);
     * {@code firstRespondedAt} is null until staff first replied, the assignee's fields while nobody has it.
     */
    public record Row(long number, String subject, String teamName, String categoryName, InquiryStatus status,
                      Long assigneeId, String assigneeName, String askedByName, String companyName, String accountNumber,
                      Instant submittedAt, Instant due, Instant firstRespondedAt, Instant lastActivityAt, boolean breached,
                      Duration timeLeft) implements Serializable {
    }

    private static final Set<InquiryStatus> UNRESOLVED = EnumSet.of(InquiryStatus.NEW, InquiryStatus.OPEN, InquiryStatus.AWAITING_MEMBER);
    /** Waiting for someone to pick it up: an inquiry the member's turn is not. */
    private static final Set<InquiryStatus> TO_PICK_UP = EnumSet.of(InquiryStatus.NEW, InquiryStatus.OPEN);

    private InquiryRepository inquiries;
    private StaffUserRepository staff;
    private TeamRepository teams;
    private CategoryRepository categories;
    private Supplier<ServiceLevels> levels;
    private Clock clock;

    protected QueueService() {
        // for CDI proxies
    }

    @Inject
    public QueueService(InquiryRepository inquiries, StaffUserRepository staff, TeamRepository teams, CategoryRepository categories,
                        Supplier<ServiceLevels> levels, Clock clock) {
        this.inquiries = inquiries;
        this.staff = staff;
        this.teams = teams;
        this.categories = categories;
        this.levels = levels;
        this.clock = clock;
    }

    /**
     * A queue this staff user may see, checked once: the page and its count for one request read the
     * staff user once between them, and show business time left as of the same moment.
     */
    public record Queue(QueueCriteria criteria, Instant now) {
    }

    /** Refuses a queue this staff user may not see, without reading it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Queue open(Caller.Staff caller, Request request) {
        Instant now = clock.instant();
        return new Queue(criteria(staff.requireEnabled(caller), request, now), now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> page(Queue queue, int first, int max) {
        return inquiries.findQueue(queue.criteria(), first, max).stream().map(inquiry -> row(inquiry, queue.now())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Queue queue) {
        return inquiries.countQueue(queue.criteria());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> page(Caller.Staff caller, Request request, int first, int max) {
        return page(open(caller, request), first, max);
    }

    /**
     * The inquiry to work on after this one in the queue asked for, in its order ("next in this view"); the queue's
     * access is checked as for its page.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> next(Caller.Staff caller, Request request, long afterNumber) {
        return inquiries.findNextInQueue(criteria(staff.requireEnabled(caller), request, clock.instant()), afterNumber);
    }

    /** How many inquiries each view this staff user is offered holds now, unnarrowed, in the views' order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<QueueView, Long> counts(Caller.Staff caller) {
        StaffUser user = staff.requireEnabled(caller);
        boolean overseesAll = StaffAccess.seesAllTeams(user);
        Instant now = clock.instant();
        Map<QueueView, Long> counts = new EnumMap<>(QueueView.class);
        for (QueueView view : QueueView.offered(overseesAll)) {
            Request request = Request.of(view, null, null, null, null, QueueCriteria.Order.DUE, false);
            counts.put(view, inquiries.countQueue(criteria(user, request, now)));
        }
        return counts;
    }

    /** The criteria of {@code request} for {@code user}, read and checked by the caller's use case. */
    private QueueCriteria criteria(StaffUser user, Request request, Instant now) {
        boolean seesAll = StaffAccess.seesAllTeams(user);
        Set<Long> teams = switch (request.scope()) {
            case ALL -> {
                if (!seesAll) {
                    throw new BusinessException("queue.all.supervisors-only");
                }
                yield null;
            }
            case MINE -> null;
            case TEAM -> {
                Set<Long> own = user.getTeams().stream().map(Team::getId).collect(Collectors.toSet());
                if (request.teamCode() == null) {
                    // Staff without a team (an editor) have an empty team queue, not every team's.
                    yield own.isEmpty() ? Set.of(-1L) : own;
                }
                Team wanted = user.getTeams().stream().filter(team -> team.getCode().equals(request.teamCode())).findFirst()
                        .orElse(null);
                if (wanted == null && !seesAll) {
                    throw new BusinessException("queue.team.not-yours");
                }
                if (wanted == null) {
                    // Supervisors and admins oversee every team, members of it or not.
                    wanted = this.teams.findByCode(request.teamCode()).orElse(null);
                }
                yield wanted == null ? Set.of(-1L) : Set.of(wanted.getId());
            }
        };
        Set<InquiryStatus> statuses = request.status() != null ? Set.of(request.status())
                : request.unassignedOnly() ? TO_PICK_UP : UNRESOLVED;
        return new QueueCriteria(teams, request.scope() == Scope.MINE ? user.getId() : null, request.unassignedOnly(), statuses,
                request.categoryId() == null ? null : withDescendants(request.categoryId()),
                request.breachedOnly() ? now : null,
                request.olderThanDays() == null ? null : now.minus(Duration.ofDays(request.olderThanDays())),
                request.order(), request.descending());
    }

    private Set<Long> withDescendants(long categoryId) {
        Set<Long> ids = new HashSet<>();
        ids.add(categoryId);
        for (Category category : categories.findAll()) {
            for (Optional<Category> up = category.getParent(); up.isPresent(); up = up.get().getParent()) {
                if (up.get().getId() == categoryId) {
                    ids.add(category.getId());
                    break;
                }
            }
        }
        return ids;
    }

    private Row row(Inquiry inquiry, Instant now) {
        boolean breached = inquiry.isFirstResponseOverdue(now);
        Duration left = now.isBefore(inquiry.getFirstResponseDue())
                ? levels.get().calendar().between(now, inquiry.getFirstResponseDue())
                : levels.get().calendar().between(inquiry.getFirstResponseDue(), now).negated();
        return new Row(inquiry.getNumber(), inquiry.getSubject(), inquiry.getTeam().getName(), inquiry.getCategory().getName(),
                inquiry.getStatus(), inquiry.getAssignee().map(StaffUser::getId).orElse(null),
                inquiry.getAssignee().map(StaffUser::getName).orElse(null), inquiry.getAskedByName(),
                inquiry.getAccount().getCompanyName(), inquiry.getAccount().getNumber(), inquiry.getSubmittedAt(),
                inquiry.getFirstResponseDue(), inquiry.getFirstRespondedAt().orElse(null), inquiry.getLastActivityAt(), breached, left);
    }
}
