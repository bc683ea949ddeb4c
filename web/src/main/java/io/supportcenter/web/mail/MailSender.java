package io.supportcenter.web.mail;

import io.supportcenter.domain.mail.OutgoingMail;
import io.supportcenter.domain.mail.Outbox;
import io.supportcenter.domain.mail.SecretSeal;
import io.supportcenter.web.health.JobRuns;
import io.supportcenter.web.jobs.BackgroundJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Delivers the outbox every {@code support.mail.poll-seconds}, one node at a time. Each mail is claimed with a lease
 * of its own before it is sent, so no two nodes ever send the same one; sending happens outside any transaction, and
 * the result is recorded afterwards (a failure schedules a retry with back-off and does not stop the others).
 */
@ApplicationScoped
public class MailSender implements BackgroundJob {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final int BATCH = 20;

    @Inject
    Outbox outbox;

    @Inject
    MailComposer composer;

    @Inject
    SmtpTransport transport;

    @Inject
    MailSettings settings;

    private final String node = "node-" + UUID.randomUUID();

    /** Says where mail goes (or that it stays in the outbox) when the portal starts. */
    public void announce() {
        if (settings.isSmtpConfigured()) {
            LOG.info(() -> "Sending email through " + settings.host() + ":" + settings.port() + " every " + settings.pollSeconds() + " s");
        } else {
            LOG.info("No SMTP host is configured (support.mail.smtp.host): emails stay in the outbox; admins read them in the staff console.");
        }
    }

    @Override
    public JobRuns.Job job() {
        return JobRuns.Job.MAIL;
    }

    @Override
    public Duration period() {
        return Duration.ofSeconds(settings.pollSeconds());
    }

    @Override
    public boolean oncePerCluster() {
        return true;
    }

    @Override
    public boolean enabled() {
        return settings.isSmtpConfigured();
    }

    @Override
    public int run() {
        List<OutgoingMail> claimed = outbox.claimDue(node, BATCH);
        int sent = 0;
        for (OutgoingMail mail : claimed) {
            sent += send(mail) ? 1 : 0;
        }
        return sent;
    }

    private boolean send(OutgoingMail mail) {
        ComposedMail composed;
        try {
            composed = composer.compose(mail, true);
        } catch (SecretSeal.Unreadable e) {
            // Sending again cannot help: the member asks again (Login Help, a new invitation) and gets a new secret.
            LOG.warning(() -> "Mail " + mail.getId() + " (" + mail.getTemplate() + ") cannot be sent: " + e.getMessage());
            outbox.markUnsendable(mail.getId(), e.getMessage());
            return false;
        }
        try {
            transport.send(composed);
            outbox.markSent(mail.getId());
            return true;
        } catch (Exception e) {
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warning(() -> "Mail " + mail.getId() + " (" + mail.getTemplate() + ") not sent, will retry: " + reason);
            outbox.markFailed(mail.getId(), reason);
            return false;
        }
    }
}
