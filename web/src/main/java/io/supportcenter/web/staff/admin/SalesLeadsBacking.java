package io.supportcenter.web.staff.admin;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.sales.SalesLeads;
import io.supportcenter.web.auth.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /staff/admin/leads[?page=n]} (admins): the contact-sales requests, newest first, a page at a time. */
@Named
@RequestScoped
public class SalesLeadsBacking {

    static final int PAGE_SIZE = 50;

    @Inject
    SalesLeads leads;

    @Inject
    CurrentUser currentUser;

    private int page = 1;
    private SalesLeads.Page shown;

    public void load() {
        page = Math.max(1, page);
        Caller.Staff admin = currentUser.staffCaller();
        shown = leads.page(admin, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public SalesLeads.Page getShown() {
        return shown;
    }

    public boolean isHasNext() {
        return (long) page * PAGE_SIZE < shown.total();
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
