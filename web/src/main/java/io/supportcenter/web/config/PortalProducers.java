package io.supportcenter.web.config;

import io.supportcenter.domain.auth.AuthPolicy;
import io.supportcenter.domain.auth.LockPolicy;
import io.supportcenter.domain.auth.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Produces the collaborators that domain services take from their environment. */
@ApplicationScoped
public class PortalProducers {

    @Inject
    @ConfigProperty(name = "support.password.pbkdf2-iterations", defaultValue = "600000")
    int pbkdf2Iterations;

    @Inject
    @ConfigProperty(name = "support.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "support.login.max-lock-minutes", defaultValue = "15")
    int maxLockMinutes;

    /** Waits after the failures just before the lock, in seconds. */
    @Inject
    @ConfigProperty(name = "support.login.slowdown-seconds", defaultValue = "5,15")
    List<Integer> slowdownSeconds;

    @Inject
    @ConfigProperty(name = "support.login-help.temporary-password-minutes", defaultValue = "60")
    int oneTimeSecretMinutes;

    @Inject
    @ConfigProperty(name = "support.login-help.per-address-per-hour", defaultValue = "5")
    int loginHelpPerAddress;

    @Inject
    @ConfigProperty(name = "support.login-help.per-client-per-hour", defaultValue = "20")
    int loginHelpPerClient;

    @Inject
    @ConfigProperty(name = "support.login-help.reveal-unknown", defaultValue = "true")
    boolean revealUnknown;

    @Inject
    @ConfigProperty(name = "support.login-help.mode", defaultValue = "password")
    String loginHelpMode;

    private PasswordHasher hasher;

    @Produces
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    public AuthPolicy authPolicy() {
        if (!"password".equals(loginHelpMode) && !"link".equals(loginHelpMode)) {
            throw new IllegalStateException("support.login-help.mode must be 'password' or 'link', not '" + loginHelpMode + "'");
        }
        return new AuthPolicy(new LockPolicy(maxFailures, Duration.ofMinutes(maxLockMinutes),
                slowdownSeconds.stream().map(Duration::ofSeconds).toList()),
                Duration.ofMinutes(oneTimeSecretMinutes), loginHelpPerAddress, loginHelpPerClient, revealUnknown,
                "link".equals(loginHelpMode));
    }

    @Produces
    public synchronized PasswordHasher passwordHasher() {
        if (hasher == null) {
            hasher = new PasswordHasher(pbkdf2Iterations);
        }
        return hasher;
    }
}
