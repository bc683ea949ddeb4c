package io.supportcenter.domain.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An email to send: which template, to whom, in which language, with which values. The texts live
 * in the web tier's bundles; values named in {@code secrets} (a system password, a reset link) are
 * blanked out of the outbox once the email has been sent.
 */
public record MailRequest(String template, String recipient, Locale language, Map<String, String> values,
                          Set<String> secrets) {

    public MailRequest {
        values = Map.copyOf(values);
        secrets = Set.copyOf(secrets);
    }

    public static MailRequest of(String template, String recipient, Locale language, Map<String, String> values) {
        return new MailRequest(template, recipient, language, values, Set.of());
    }
}
