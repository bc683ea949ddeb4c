package io.supportcenter.domain.sales;

import io.supportcenter.domain.mail.MailRequest;
import io.supportcenter.domain.mail.Mailed;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A visitor asked sales to call: the lead is mailed to sales' address ({@code support.sales.email}), in English. */
public record LeadReceived(SalesLeadRequest request, String salesAddress) implements Mailed {

    public static final String MAIL = "sales.lead";

    @Override
    public List<MailRequest> mails() {
        return List.of(MailRequest.of(MAIL, salesAddress, Locale.ENGLISH, Map.of("company", request.company(), "contact", request.name(),
                "email", request.email(), "phone", request.phone(), "message", request.message())));
    }
}
