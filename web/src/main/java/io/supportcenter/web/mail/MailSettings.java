package io.supportcenter.web.mail;

import io.supportcenter.domain.mail.OutboxPolicy;
import io.supportcenter.domain.mail.SecretSeal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail configuration. With no {@code support.mail.smtp.host} (the embedded default) nothing is sent:
 * mail stays in the outbox, where admins can read it in the staff console.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "support.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "support.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "support.mail.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "support.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "support.mail.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "support.mail.from", defaultValue = "Support Center <support@supportcenter.example>")
    String from;

    @Inject
    @ConfigProperty(name = "support.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "support.mail.poll-seconds", defaultValue = "5")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "support.mail.retry-seconds", defaultValue = "30")
    int retrySeconds;

    @Inject
    @ConfigProperty(name = "support.mail.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "support.db.password", defaultValue = "support")
    String databasePassword;

    private volatile SecretSeal seal;

    @Produces
    OutboxPolicy outboxPolicy() {
        return new OutboxPolicy(Duration.ofSeconds(retrySeconds), Duration.ofMinutes(2), seal());
    }

    /**
     * Sealed with {@code support.mail.secret-key}, or without it with a key derived from the database password: a
     * secret every node of a cluster already shares and no database backup holds.
     */
    private SecretSeal seal() {
        SecretSeal known = seal;
        if (known == null) {
            known = SecretSeal.derivedFrom(secretKey.filter(key -> !key.isBlank()).orElse(databasePassword));
            seal = known;
        }
        return known;
    }

    public boolean isSmtpConfigured() {
        return host.filter(value -> !value.isBlank()).isPresent();
    }

    public String host() {
        return host.orElse("");
    }

    public int port() {
        return port;
    }

    public Optional<String> username() {
        return username.filter(value -> !value.isBlank());
    }

    public Optional<String> password() {
        return password;
    }

    public boolean startTls() {
        return startTls;
    }

    public String from() {
        return from;
    }

    /**
     * The bare address of {@code support.mail.from} (without the display name), which pages and emails name so that
     * members know which sender to trust and to add to their contacts.
     */
    public String senderAddress() {
        try {
            return new InternetAddress(from).getAddress();
        } catch (AddressException unreadable) {
            return from;
        }
    }

    /** The portal's public address for links in emails; never taken from a request's Host header. */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public int pollSeconds() {
        return Math.max(1, pollSeconds);
    }
}
