package io.supportcenter.web.config;

import io.supportcenter.domain.ops.DatabaseReport;
import io.supportcenter.domain.ops.DatabaseStatus;
import io.supportcenter.domain.ops.SchemaMigration;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.policy.PolicyRefusal;
import io.supportcenter.web.health.ConnectionMetrics;
import io.supportcenter.web.health.OutboxMetrics;
import io.supportcenter.web.jobs.JobTimers;
import io.supportcenter.web.kb.KnowledgeBaseSync;
import io.supportcenter.web.mail.MailSender;
import io.supportcenter.web.shell.SecurityHeadersFilter;
import io.supportcenter.web.shell.TrustedProxies;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The start-up sequence: wait for the database, migrate the schema before anything touches JPA, check the settings,
 * load the demo data or invite the first admin, then start the search index and the jobs. The deployment itself never
 * fails on the way: a node whose database is not there yet reports not ready and tries again (every 5 s, then less
 * often, up to every 30 s) until it is; a setting that cannot be used fails the start for good, says which key and
 * why, and turns liveness DOWN so that an orchestrator restarts the node once it is corrected.
 */
@ApplicationScoped
public class PortalStartup {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);
    private static final int STILL_WAITING_EVERY = 20;

    @Inject
    SchemaMigration migration;

    @Inject
    DatabaseStatus databaseStatus;

    @Inject
    MailSender mailSender;

    @Inject
    KnowledgeBaseSync knowledgeBase;

    @Inject
    Policies policies;

    @Inject
    JobTimers jobTimers;

    @Inject
    FirstData firstData;

    @Inject
    TrustedProxies trustedProxies;

    @Inject
    StartupState state;

    @Inject
    OutboxMetrics outboxMetrics;

    @Inject
    ConnectionMetrics connectionMetrics;

    @Inject
    @ConfigProperty(name = "support.db.url")
    String databaseUrl;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ServletContext context;
    private int attempts;
    private String lastProblem;
    private Future<?> retry;
    private volatile boolean stopping;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        this.context = context;
        attempt();
    }

    @PreDestroy
    synchronized void stop() {
        stopping = true;
        if (retry != null) {
            retry.cancel(false);
        }
    }

    private synchronized void attempt() {
        if (stopping || state.started()) {
            return;
        }
        attempts++;
        try {
            start();
            state.markStarted();
        } catch (PolicyRefusal refusal) {
            failForGood(refusal.rule());
        } catch (ConfigurationError e) {
            failForGood(e.getMessage());
        } catch (NotYet e) {
            waitFor(e.reason, e.detail);
        } catch (RuntimeException e) {
            // A database that went away half-way (a migration cut short, say): Flyway's history makes the next try safe.
            waitFor("waiting for the database", e.toString());
        }
    }

    private void start() {
        Optional<String> unreachable = databaseStatus.unreachable();
        if (unreachable.isPresent()) {
            throw new NotYet("waiting for the database", unreachable.get());
        }
        String version = migration.migrate();
        DatabaseReport report = databaseStatus.check();
        if (!report.ready()) {
            throw new NotYet(report.briefProblem(), report.problem());
        }
        // A default that cannot be used (configuration) stops the start here rather than at the first request.
        policies.now();
        trustedProxies.check();
        String first = firstData.ensure();
        String kb = knowledgeBase.start(context);
        boolean embedded = databaseUrl.startsWith("jdbc:h2:");
        LOG.info(String.format("Support Center started: database %s at %s (%s), schema version %s, %s, knowledge base %s,"
                        + " context path '%s/'%s", report.product(), report.location(), embedded ? "embedded" : "external", version, first, kb,
                context.getContextPath(), attempts > 1 ? " (after " + attempts + " attempts)" : ""));
        if (SecurityHeadersFilter.SERVER_NAMES_ITSELF) {
            LOG.warning("Payara names itself and its version in a Server header on its own answers: start it with"
                    + " -Dproduct.name= (docs/operations.md). The portal blanks the header on its pages meanwhile.");
        }
        mailSender.announce();
        outboxMetrics.register();
        connectionMetrics.register();
        jobTimers.start();
    }

    private void failForGood(String rule) {
        state.failed("a setting cannot be used (see the log)");
        LOG.severe("Support Center cannot start: " + rule + ". Correct the setting and restart this node; until then it answers"
                + " 503 and /health/live reports DOWN.");
    }

    private void waitFor(String reason, String detail) {
        state.waiting(reason);
        if (!Objects.equals(reason, lastProblem)) {
            LOG.warning("Support Center is not started yet, " + reason + ": " + detail
                    + ". It tries again by itself; /health/ready answers 503 meanwhile.");
            lastProblem = reason;
        } else if (attempts % STILL_WAITING_EVERY == 0) {
            LOG.info("Support Center is still not started after " + attempts + " attempts: " + reason);
        }
        if (!stopping) {
            long delay = Math.min(LONGEST_RETRY.toMillis(), FIRST_RETRY.toMillis() << Math.min(attempts - 1, 4));
            retry = scheduler.schedule(this::attempt, delay, TimeUnit.MILLISECONDS);
        }
    }

    /** The start cannot go on yet; {@code reason} is short enough for a health probe, {@code detail} is for the log. */
    private static final class NotYet extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final String reason;
        final String detail;

        NotYet(String reason, String detail) {
            super(reason, null, false, false);
            this.reason = reason;
            this.detail = detail;
        }
    }
}
