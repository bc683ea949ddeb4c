package io.supportcenter.web.health;

import io.supportcenter.domain.ops.DatabaseReport;
import io.supportcenter.domain.ops.DatabaseStatus;
import io.supportcenter.web.config.StartupState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the node has started and its database answers with the schema version this build expects. /health
 * is anonymous (load balancers ask it), so a DOWN says why in a few words and nothing more: the database's product,
 * address and versions are in the log, where why it went down is written once when it does (not once per probe).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());

    @Inject
    DatabaseStatus status;

    private final AtomicBoolean wasReady = new AtomicBoolean(true);

    @Inject
    StartupState startup;

    @Override
    public HealthCheckResponse call() {
        if (!startup.started()) {
            // Said in a few words (no addresses, no versions): the log has the details.
            return HealthCheckResponse.named("database").down().withData("reason", startup.reason()).build();
        }
        DatabaseReport report = status.check();
        boolean ready = report.ready();
        if (wasReady.getAndSet(ready) != ready) {
            if (ready) {
                LOG.info("Readiness is UP again: the database answers with schema version " + report.schemaVersion());
            } else {
                LOG.warning("Readiness is DOWN: " + (report.problem() == null ? "not ready" : report.problem()));
            }
        }
        if (!ready) {
            return HealthCheckResponse.named("database").down().withData("reason", report.briefProblem()).build();
        }
        return HealthCheckResponse.named("database").up().build();
    }
}
