package io.supportcenter.web.sales;

import io.supportcenter.domain.sales.SalesLeadRequest;
import io.supportcenter.domain.sales.SalesLeads;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.FieldProblems;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * {@code /contact-sales}: a prospective advertiser asks to be contacted. Each refused field says why
 * next to it, everything typed stays; a sent request is confirmed on the emptied form.
 */
@Named
@RequestScoped
public class ContactSalesBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    SalesLeads leads;


    private String company;
    private String name;
    private String email;
    private String phone;
    private String message;

    public void send() throws IOException {
        try {
            leads.submit(SalesLeadRequest.checked(company, name, email, phone, message), currentUser.caller());
        } catch (FieldProblems problems) {
            problems.problems().forEach((field, key) -> Texts.error("sales:" + field, key));
            return;
        } catch (BusinessException e) {
            Texts.error(null, e.messageKey());
            return;
        }
        Redirects.withInfo("contact-sales.sent", "/contact-sales");
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
