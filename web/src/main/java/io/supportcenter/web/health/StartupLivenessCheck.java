package io.supportcenter.web.health;

import io.supportcenter.web.config.StartupState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the node is starting or started; DOWN once its start failed for good (a setting that cannot be used), so
 * that an orchestrator restarts it after the setting is corrected. Waiting for the database is not a reason to restart.
 */
@Liveness
@ApplicationScoped
public class StartupLivenessCheck implements HealthCheck {

    @Inject
    StartupState state;

    @Override
    public HealthCheckResponse call() {
        boolean failed = state.phase() == StartupState.Phase.FAILED;
        var response = HealthCheckResponse.named("start").status(!failed);
        return failed ? response.withData("reason", state.reason()).build() : response.build();
    }
}
