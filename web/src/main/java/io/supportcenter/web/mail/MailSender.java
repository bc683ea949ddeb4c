package io.supportcenter.web.mail;

import io.supportcenter.domain.mail.OutgoingMail;
import io.supportcenter.domain.mail.Outbox;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import io.supportcenter.web.health.JobRuns;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox in the background on every node. Each mail is claimed with a lease before it
 * is sent, so two nodes never send the same one; sending happens outside any transaction, and the
 * result is recorded afterwards (a failure schedules a retry with back-off).
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final int BATCH = 20;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Outbox outbox;

    @Inject
    MailComposer composer;

    @Inject
    SmtpTransport transport;

    @Inject
    MailSettings settings;

    @Inject
    JobRuns runs;

    private final String node = "node-" + UUID.randomUUID();
    private ScheduledFuture<?> task;

    public synchronized void start() {
        if (!settings.isSmtpConfigured()) {
            LOG.info("No SMTP host is configured (support.mail.smtp.host): emails stay in the outbox; admins read them in the staff console.");
            return;
        }
        if (task == null) {
            LOG.info(() -> "Sending email through " + settings.host() + ":" + settings.port() + " every " + settings.pollSeconds() + " s");
            task = scheduler.scheduleWithFixedDelay(this::sendDue, settings.pollSeconds(), settings.pollSeconds(), TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    void sendDue() {
        try {
            List<OutgoingMail> claimed = outbox.claimDue(node, BATCH);
            for (OutgoingMail mail : claimed) {
                send(mail);
            }
            runs.succeeded(JobRuns.Job.MAIL);
        } catch (RuntimeException e) {
            runs.failed(JobRuns.Job.MAIL);
            LOG.log(Level.WARNING, "The mail sender could not read the outbox; it tries again shortly", e);
        }
    }

    private void send(OutgoingMail mail) {
        try {
            transport.send(composer.compose(mail));
            outbox.markSent(mail.getId());
        } catch (Exception e) {
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warning(() -> "Mail " + mail.getId() + " (" + mail.getTemplate() + ") not sent, will retry: " + reason);
            outbox.markFailed(mail.getId(), reason);
        }
    }
}
