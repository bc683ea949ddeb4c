package io.supportcenter.domain.sales;

import io.supportcenter.domain.shared.EmailAddress;
import io.supportcenter.domain.shared.FieldProblems;
import io.supportcenter.domain.shared.PhoneNumber;

/**
 * What a visitor typed on the contact-sales form, checked: every field is required; the single-line
 * fields lose line breaks (they end up in an email's subject and headers).
 */
public record SalesLeadRequest(String company, String name, String email, String phone, String message) {

    /**
     * The request with its values tidied.
     *
     * @throws FieldProblems naming each field ({@code company}, {@code name}, {@code email}, {@code phone},
     *                       {@code message}) that cannot be used
     */
    public static SalesLeadRequest checked(String company, String name, String email, String phone, String message) {
        FieldProblems.Collector problems = new FieldProblems.Collector();
        String tidyCompany = FieldProblems.line(company);
        String tidyName = FieldProblems.line(name);
        String tidyEmail = FieldProblems.line(email);
        String tidyPhone = FieldProblems.line(phone);
        String tidyMessage = message == null ? "" : message.strip();
        problems.required("sales", "company", tidyCompany, SalesLead.MAX_COMPANY);
        problems.required("sales", "name", tidyName, SalesLead.MAX_NAME);
        if (tidyEmail.isEmpty()) {
            problems.add("email", "sales.email.required");
        } else if (!EmailAddress.isPlausible(tidyEmail)) {
            problems.add("email", "validation.email.invalid");
        }
        if (tidyPhone.isEmpty()) {
            problems.add("phone", "sales.phone.required");
        } else if (!PhoneNumber.isPlausibleWithExtension(tidyPhone)) {
            problems.add("phone", "sales.phone.invalid");
        }
        problems.required("sales", "message", tidyMessage, SalesLead.MAX_MESSAGE);
        problems.throwIfAny();
        return new SalesLeadRequest(tidyCompany, tidyName, EmailAddress.normalise(tidyEmail), tidyPhone, tidyMessage);
    }
}
