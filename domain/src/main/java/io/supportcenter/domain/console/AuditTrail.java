package io.supportcenter.domain.console;

import io.supportcenter.domain.account.User;
import io.supportcenter.domain.account.UserRepository;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.audit.AuditCriteria;
import io.supportcenter.domain.audit.AuditRepository;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit log as administrators read it (SPEC §7, administration): filtered and paged in the
 * database, newest first, with the actors' recorded references ({@code staff:12}) shown as the
 * people they are.
 */
@ApplicationScoped
public class AuditTrail {

    private AuditRepository events;
    private StaffUserRepository staff;
    private UserRepository users;

    protected AuditTrail() {
        // for CDI proxies
    }

    @Inject
    public AuditTrail(AuditRepository events, StaffUserRepository staff, UserRepository users) {
        this.events = events;
        this.staff = staff;
        this.users = users;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Caller.Staff caller, AuditCriteria criteria) {
        requireAdmin(caller);
        return events.count(criteria);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> page(Caller.Staff caller, AuditCriteria criteria, int offset, int limit) {
        requireAdmin(caller);
        Map<String, String> names = new HashMap<>();
        return events.find(criteria, offset, limit).stream()
                .map(event -> new Entry(event.getId(), event.getOccurredAt(), event.getAction(), event.getActor(),
                        names.computeIfAbsent(event.getActor(), this::nameOf), event.getSubject(),
                        event.getSubject() == null ? null : names.computeIfAbsent(event.getSubject(), this::nameOf),
                        event.getDetail(), event.getClientAddress()))
                .toList();
    }

    private void requireAdmin(Caller.Staff caller) {
        if (!staff.requireEnabled(caller).hasRole(StaffRole.ADMIN)) {
            throw new BusinessException("audit.admins-only");
        }
    }

    /**
     * The person behind a recorded reference ({@code staff:12}, {@code member:40}), or the text itself
     * when it is no such reference or names nobody (any more).
     */
    private String nameOf(String actor) {
        int colon = actor.indexOf(':');
        if (colon < 0 || !actor.substring(colon + 1).matches("\\d{1,18}")) {
            return actor;
        }
        long id = Long.parseLong(actor.substring(colon + 1));
        return switch (actor.substring(0, colon)) {
            case "staff" -> staff.findById(id).map(StaffUser::getName).map(name -> name + " (staff)").orElse(actor);
            case "member" -> users.findById(id).map(User::getEmail).orElse(actor);
            default -> actor;
        };
    }

    /** One event as the page shows it. */
    public record Entry(long id, Instant at, AuditAction action, String actor, String actorName, String subject,
                        String subjectName, String detail, String clientAddress) implements Serializable {
    }
}
