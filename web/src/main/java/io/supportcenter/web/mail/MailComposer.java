package io.supportcenter.web.mail;

import io.supportcenter.domain.mail.OutgoingMail;
import io.supportcenter.domain.mail.Outbox;
import io.supportcenter.domain.mail.SecretSeal;
import io.supportcenter.web.shell.ContactDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an outbox entry into subject, text and HTML from the {@code Mail} bundle in the recipient's
 * language. Templates name their values as {@code {name}}; values are HTML-escaped in the HTML part.
 * Every template can also use {@code {baseUrl}}, {@code {supportPhone}}, {@code {supportHours}} and {@code {senderAddress}}
 * (the common footer names the sender, so that members know which address to add to their contacts).
 */
@ApplicationScoped
public class MailComposer {

    private static final String BUNDLE = "io.supportcenter.web.i18n.Mail";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    @Inject
    MailSettings settings;

    @Inject
    Outbox outbox;

    @Inject
    ContactDetails contact;

    /**
     * The mail as its recipient reads it; with {@code revealSecrets} false, each secret (a system password, a link's
     * token) is replaced by a note, for the outbox page.
     *
     * @throws SecretSeal.Unreadable when a secret was sealed with another key than this node's
     */
    public ComposedMail compose(OutgoingMail mail, boolean revealSecrets) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, mail.getLanguage());
        Map<String, String> values = mail.values(outbox.seal(), revealSecrets, bundle.getString("secret.hidden"));
        values.put("baseUrl", settings.baseUrl());
        values.put("supportPhone", contact.getClientSupportPhone());
        values.put("supportHours", contact.getClientSupportHours());
        values.put("senderAddress", settings.senderAddress());
        usualDays(values, bundle);
        String prefix = mail.getTemplate() + ".";
        String subject = fill(bundle.getString(prefix + "subject"), values, false);
        String text = fill(bundle.getString(prefix + "text"), values, false) + fill(bundle.getString("footer.text"), values, false);
        String body = fill(bundle.getString(prefix + "html"), values, true) + fill(bundle.getString("footer.html"), values, true);
        String html = bundle.getString("layout.html").replace("{subject}", escape(subject)).replace("{content}", body);
        return new ComposedMail(mail.getRecipient(), subject, text, html);
    }

    /**
     * Words from the domain's numbers {@code usualFrom} and {@code usualTo} in {@code usualUnit}, as {@code {usualDays}}:
     * "2–4 working days", "1–3 business hours", or "1 working day" when both ends meet, which a template of its own could
     * not choose. Mails queued before the unit was written are in working days.
     */
    static void usualDays(Map<String, String> values, ResourceBundle bundle) {
        String from = values.get("usualFrom");
        String to = values.get("usualTo");
        if (from == null || to == null) {
            return;
        }
        String key = "BUSINESS_HOURS".equals(values.get("usualUnit")) ? "usual-hours" : "usual-days";
        Locale locale = bundle.getLocale();
        values.put("usualDays", from.equals(to)
                ? new MessageFormat(bundle.getString(key + ".same"), locale).format(new Object[] {Integer.valueOf(from)})
                : new MessageFormat(bundle.getString(key), locale).format(new Object[] {from, to}));
    }

    static String fill(String template, Map<String, String> values, boolean html) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), matcher.group(0));
            matcher.appendReplacement(out, Matcher.quoteReplacement(html ? escape(value) : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
