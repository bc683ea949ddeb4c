package io.supportcenter.web.config;

import io.supportcenter.domain.auth.PasswordHasher;
import io.supportcenter.domain.inquiry.SimilarIndexPlace;
import io.supportcenter.domain.kb.SearchIndexPlace;
import io.supportcenter.domain.policy.PolicyDefaults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the collaborators that domain services take from their environment, and gives the policies
 * their defaults from MicroProfile Config (system properties, environment, microprofile-config.properties).
 */
@ApplicationScoped
public class PortalProducers implements PolicyDefaults {

    @Inject
    @ConfigProperty(name = "support.password.pbkdf2-iterations", defaultValue = "600000")
    int pbkdf2Iterations;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "support.kb.index-dir")
    Optional<String> searchIndexDir;

    @Inject
    @ConfigProperty(name = "support.inquiry.index-dir")
    Optional<String> inquiryIndexDir;

    private PasswordHasher hasher;

    /** The policies' defaults are read per use, so that a changed configuration source is seen like an admin's change. */
    @Override
    public Optional<String> configured(String configKey) {
        return config.getOptionalValue(configKey, String.class);
    }

    @Produces
    public Clock clock() {
        return Clock.systemUTC();
    }

    /** {@code support.kb.index-dir}, or in memory when it is set empty. */
    @Produces
    public SearchIndexPlace searchIndexPlace() {
        return new SearchIndexPlace(searchIndexDir.filter(dir -> !dir.isBlank()).map(Path::of));
    }

    /** {@code support.inquiry.index-dir}, or in memory when it is set empty. */
    @Produces
    public SimilarIndexPlace similarIndexPlace() {
        return new SimilarIndexPlace(inquiryIndexDir.filter(dir -> !dir.isBlank()).map(Path::of));
    }

    @Produces
    public synchronized PasswordHasher passwordHasher() {
        if (hasher == null) {
            hasher = new PasswordHasher(pbkdf2Iterations);
        }
        return hasher;
    }
}
