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
        String tidyCompany = line(company);
        String tidyName = line(name);
        String tidyEmail = line(email);
        String tidyPhone = line(phone);
        String tidyMessage = message == null ? "" : message.strip();
        required(problems, "company", tidyCompany, SalesLead.MAX_COMPANY);
        required(problems, "name", tidyName, SalesLead.MAX_NAME);
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
        required(problems, "message", tidyMessage, SalesLead.MAX_MESSAGE);
        problems.throwIfAny();
        return new SalesLeadRequest(tidyCompany, tidyName, EmailAddress.normalise(tidyEmail), tidyPhone, tidyMessage);
    }

    private static void required(FieldProblems.Collector problems, String field, String value, int max) {
        if (value.isEmpty()) {
            problems.add(field, "sales." + field + ".required");
        } else if (value.length() > max) {
            problems.add(field, "sales." + field + ".too-long");
        }
    }

    private static String line(String value) {
        return value == null ? "" : value.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
