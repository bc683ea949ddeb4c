package io.supportcenter.domain.inquiry;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The queue's saved views, as help desks offer them: each a fixed question (whose, which states, overdue or not)
 * with its count; team, category and age narrow any of them. {@link #ALL} is for those who oversee every team.
 */
public enum QueueView {
    /** Assigned to me and not closed. */
    MINE(QueueService.Scope.MINE, null, false, false),
    /** Nobody has it yet, in my teams. */
    UNASSIGNED(QueueService.Scope.TEAM, null, false, true),
    /** First response overdue, in my teams. */
    OVERDUE(QueueService.Scope.TEAM, null, true, false),
    /** Answered; the member's turn, in my teams. */
    AWAITING_MEMBER(QueueService.Scope.TEAM, InquiryStatus.AWAITING_MEMBER, false, false),
    /** Everything not closed in my teams. */
    TEAM(QueueService.Scope.TEAM, null, false, false),
    /** Everything not closed in every team. */
    ALL(QueueService.Scope.ALL, null, false, false);

    private final QueueService.Scope scope;
    private final InquiryStatus status;
    private final boolean overdue;
    private final boolean unassigned;

    QueueView(QueueService.Scope scope, InquiryStatus status, boolean overdue, boolean unassigned) {
        this.scope = scope;
        this.status = status;
        this.overdue = overdue;
        this.unassigned = unassigned;
    }

    /** The view as its address names it ({@code ?view=awaiting-member}). */
    public String address() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<QueueView> fromAddress(String address) {
        return Arrays.stream(values()).filter(view -> view.address().equals(address)).findFirst();
    }

    /** The views this staff user is offered: {@link #ALL} only to those who oversee every team. */
    public static Set<QueueView> offered(boolean overseesAllTeams) {
        Set<QueueView> views = EnumSet.allOf(QueueView.class);
        if (!overseesAllTeams) {
            views.remove(ALL);
        }
        return views;
    }

    public QueueService.Scope scope() {
        return scope;
    }

    /** The one state the view lists, or null for every state but closed. */
    public InquiryStatus status() {
        return status;
    }

    public boolean overdue() {
        return overdue;
    }

    public boolean unassigned() {
        return unassigned;
    }

    /** Whether the view fixes the state, so that a state filter has nothing to narrow. */
    public boolean fixesStatus() {
        return status != null || overdue || unassigned;
    }
}
