package io.supportcenter.web.staff.admin;

import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.audit.AuditCriteria;
import io.supportcenter.domain.console.AuditTrail;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.DateParameter;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit log ({@code /staff/admin/audit?action=&actor=&subject=&from=&to=}, admins): every
 * security-relevant event, newest first, paged in the database. The filters live in the address,
 * so that a search can be bookmarked or sent; days are the business calendar's.
 */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    @Inject
    CurrentUser currentUser;

    @Inject
    Policies policies;

    private String action;
    private String actor;
    private String subject;
    private String fromParameter;
    private String toParameter;
    private AuditCriteria criteria = AuditCriteria.ANY;

    private final LazyDataModel<AuditTrail.Entry> events = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, trail.count(caller(), criteria));
        }

        @Override
        public List<AuditTrail.Entry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return trail.page(caller(), criteria, first, pageSize);
        }

        @Override
        public String getRowKey(AuditTrail.Entry entry) {
            return String.valueOf(entry.id());
        }
    };

    /** View action: the criteria from the address; a wrong part is explained next to its field and left out. */
    public void load() {
        AuditAction chosen = null;
        if (action != null && !action.isBlank()) {
            try {
                chosen = AuditAction.valueOf(action);
            } catch (IllegalArgumentException e) {
                Texts.error("filters:action", "audit.action.unknown");
            }
        }
        ZoneId zone = policies.now().serviceLevels().calendar().zone();
        LocalDate from = DateParameter.parse(fromParameter, "filters:from");
        LocalDate to = DateParameter.parse(toParameter, "filters:to");
        criteria = new AuditCriteria(chosen, actor, subject, from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** "Filter": the criteria's own address. */
    public void filter() throws IOException {
        List<String> query = new ArrayList<>();
        add(query, "action", action);
        add(query, "actor", actor);
        add(query, "subject", subject);
        add(query, "from", fromParameter);
        add(query, "to", toParameter);
        Redirects.to("/staff/admin/audit" + (query.isEmpty() ? "" : "?" + String.join("&", query)));
    }

    private static void add(List<String> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
        }
    }

    private Caller.Staff caller() {
        return currentUser.staffCaller();
    }

    public LazyDataModel<AuditTrail.Entry> getEvents() {
        return events;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getFromParameter() {
        return fromParameter;
    }

    public void setFromParameter(String fromParameter) {
        this.fromParameter = fromParameter;
    }

    public String getToParameter() {
        return toParameter;
    }

    public void setToParameter(String toParameter) {
        this.toParameter = toParameter;
    }
}
