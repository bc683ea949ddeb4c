package io.supportcenter.web.config;

import io.supportcenter.domain.demo.DemoDataService;
import io.supportcenter.domain.ops.DatabaseReport;
import io.supportcenter.domain.ops.DatabaseStatus;
import io.supportcenter.domain.ops.SchemaMigration;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.web.kb.KnowledgeBaseSync;
import io.supportcenter.web.jobs.JobTimers;
import io.supportcenter.web.mail.MailSender;
import io.supportcenter.web.shell.SecurityHeadersFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The start-up sequence: migrate the schema before anything touches JPA, load the demo data if
 * asked, then say in the log which database is in use and at which version. An exception here fails
 * the deployment, which the run launcher turns into a failed command.
 */
@ApplicationScoped
public class PortalStartup {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

    @Inject
    SchemaMigration migration;

    @Inject
    DemoDataService demoData;

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
    @ConfigProperty(name = "support.db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "support.demo-data")
    Optional<Boolean> demoDataWanted;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        String version = migration.migrate();
        // A default that cannot be used (configuration) stops the start here rather than at the first request.
        policies.now();
        boolean embedded = databaseUrl.startsWith("jdbc:h2:");
        String demo = "off";
        if (demoDataWanted.orElse(embedded)) {
            demo = demoData.loadOnce() ? "loaded now" : "already present";
        }
        String kb = knowledgeBase.start(context);
        DatabaseReport report = databaseStatus.check();
        LOG.info(String.format("Support Center started: database %s at %s (%s), schema version %s, demo data %s,"
                        + " knowledge base %s, context path '%s/'",
                report.product(), report.location(), embedded ? "embedded" : "external", version, demo, kb,
                context.getContextPath()));
        if (SecurityHeadersFilter.SERVER_NAMES_ITSELF) {
            LOG.warning("Payara names itself and its version in a Server header on its own answers: start it with"
                    + " -Dproduct.name= (docs/operations.md). The portal blanks the header on its pages meanwhile.");
        }
        mailSender.announce();
        jobTimers.start();
    }
}
