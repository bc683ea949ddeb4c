package io.supportcenter.web.health;

import io.supportcenter.domain.ops.DatabaseReport;
import io.supportcenter.domain.ops.DatabaseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers and holds the schema version this build expects. /health is anonymous
 * (load balancers ask it), so it says UP or DOWN and nothing else: the database's product and versions are in the
 * start-up log line, and why it went down is logged once when it does (not once per probe).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());

    @Inject
    DatabaseStatus status;

    private final AtomicBoolean wasReady = new AtomicBoolean(true);

    @Override
    public HealthCheckResponse call() {
        DatabaseReport report = status.check();
        boolean ready = report.ready();
        if (wasReady.getAndSet(ready) != ready) {
            if (ready) {
                LOG.info("Readiness is UP again: the database answers with schema version " + report.schemaVersion());
            } else {
                LOG.warning("Readiness is DOWN: " + (report.problem() == null ? "not ready" : report.problem()));
            }
        }
        return HealthCheckResponse.named("database").status(ready).build();
    }
}
