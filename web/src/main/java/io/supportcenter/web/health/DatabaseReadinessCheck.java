package io.supportcenter.web.health;

import io.supportcenter.domain.ops.DatabaseReport;
import io.supportcenter.domain.ops.DatabaseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and holds the schema version this build expects. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());

    @Inject
    DatabaseStatus status;

    @Override
    public HealthCheckResponse call() {
        DatabaseReport report = status.check();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .status(report.ready())
                .withData("schemaVersion", String.valueOf(report.schemaVersion()))
                .withData("expectedSchemaVersion", String.valueOf(report.latestVersion()));
        if (report.product() != null) {
            response.withData("product", report.product());
        }
        if (!report.ready()) {
            String problem = report.problem() == null ? "not ready" : report.problem();
            LOG.warning("Readiness is DOWN: " + problem);
            response.withData("problem", problem);
        }
        return response.build();
    }
}
