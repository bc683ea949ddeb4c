package io.supportcenter.web.health;

import io.supportcenter.domain.mail.OutgoingMailRepository;
import io.supportcenter.domain.mail.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The outbox's backlog on /metrics: {@code support_mail_unsent{status}} and {@code support_mail_oldest_unsent_seconds}.
 * Read from the database (every node sees the whole outbox) at most every ten seconds, however often it is scraped.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Duration FRESH_FOR = Duration.ofSeconds(10);

    @Inject
    Outbox outbox;

    @Inject
    PortalMetrics metrics;

    @Inject
    Clock clock;

    private volatile Reading last;

    /** Registers the gauges (once the database is migrated). */
    public void register() {
        metrics.gauge(PortalMetrics.Series.MAIL_UNSENT, () -> reading().unsent().pending(), new Tag("status", "pending"));
        metrics.gauge(PortalMetrics.Series.MAIL_UNSENT, () -> reading().unsent().failed(), new Tag("status", "failed"));
        metrics.gauge(PortalMetrics.Series.MAIL_OLDEST_UNSENT, () -> reading().unsent().oldest()
                .map(oldest -> Math.max(0, Duration.between(oldest, clock.instant()).toSeconds())).orElse(0L));
    }

    private Reading reading() {
        Reading known = last;
        Instant now = clock.instant();
        if (known == null || known.at().plus(FRESH_FOR).isBefore(now)) {
            try {
                known = new Reading(outbox.unsent(), now);
            } catch (RuntimeException databaseAway) {
                // The database is away: the scrape shows the figures last read rather than failing as a whole.
                known = new Reading(known == null ? new OutgoingMailRepository.Unsent(0, 0, Optional.empty()) : known.unsent(), now);
            }
            last = known;
        }
        return known;
    }

    private record Reading(OutgoingMailRepository.Unsent unsent, Instant at) {
    }
}
