package io.supportcenter.web.staff.admin;

import io.supportcenter.domain.mail.OutgoingMail;
import io.supportcenter.domain.mail.Outbox;
import io.supportcenter.domain.mail.SecretSeal;
import io.supportcenter.web.mail.ComposedMail;
import io.supportcenter.web.mail.MailComposer;
import io.supportcenter.web.mail.MailSettings;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The outbox ({@code /staff/admin/outbox}): every email, newest first, paged in the database, with
 * its text as the recipient reads it. On the embedded default no mail server is configured, so this
 * is where Login Help passwords and other emails can be read while trying the portal.
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outbox outbox;

    @Inject
    MailComposer composer;

    @Inject
    MailSettings settings;

    private final LazyDataModel<OutgoingMail> mails = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, outbox.count());
        }

        @Override
        public List<OutgoingMail> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return outbox.newest(first, pageSize);
        }

        @Override
        public String getRowKey(OutgoingMail mail) {
            return String.valueOf(mail.getId());
        }

        @Override
        public OutgoingMail getRowData(String rowKey) {
            return outbox.find(Long.parseLong(rowKey)).orElse(null);
        }
    };

    public LazyDataModel<OutgoingMail> getMails() {
        return mails;
    }

    /**
     * The mail's text. Its secrets (a system password, a link) show only while no mail server is configured (the
     * embedded default, where this page is how one reads them): with one, they belong to the recipient alone.
     */
    public ComposedMail compose(OutgoingMail mail) {
        try {
            return composer.compose(mail, !settings.isSmtpConfigured());
        } catch (SecretSeal.Unreadable e) {
            return composer.compose(mail, false);
        }
    }

    public void retry(OutgoingMail mail) {
        outbox.retryNow(mail.getId());
    }

    public boolean isSmtpConfigured() {
        return settings.isSmtpConfigured();
    }
}
