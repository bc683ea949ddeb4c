package io.supportcenter.web.config;

import io.supportcenter.domain.auth.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Produces the collaborators that domain services take from their environment. */
@ApplicationScoped
public class PortalProducers {

    @Inject
    @ConfigProperty(name = "support.password.pbkdf2-iterations", defaultValue = "600000")
    int pbkdf2Iterations;

    private PasswordHasher hasher;

    @Produces
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    public synchronized PasswordHasher passwordHasher() {
        if (hasher == null) {
            hasher = new PasswordHasher(pbkdf2Iterations);
        }
        return hasher;
    }
}
