package io.supportcenter.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Every series the portal adds to /metrics, each with the HELP text an operator reads beside it in Prometheus:
 * registered here by name and description, so that no series goes out without one.
 */
@ApplicationScoped
public class PortalMetrics {

    /** The portal's series; their Prometheus names get {@code _total} (counters) or a unit suffix from Payara. */
    public enum Series {
        LOGIN_ATTEMPTS("support_login_attempts", "Logins of members and staff by realm and outcome (success, invalid_credentials,"
                + " locked, person_check_needed, ...): a fast rise of locked or person_check_needed is someone guessing", MetricUnits.NONE),
        SESSIONS_CREATED("support_sessions_created", "HTTP sessions this node created; sessions begin at login only, so this follows"
                + " logins and never anonymous traffic", MetricUnits.NONE),
        JOB_RUNS("support_job_runs", "Background job runs on this node by job and outcome (ok, failed, skipped while another node"
                + " held the job's lease)", MetricUnits.NONE),
        JOB_ITEMS("support_job_items", "Items the background jobs of this node handled (mails sent, inquiries reminded or closed, ...)",
                MetricUnits.NONE),
        JOB_LAST_SUCCESS("support_job_last_success_seconds", "When a run of the job last succeeded on this node, in epoch seconds",
                MetricUnits.NONE),
        SEARCH_INDEX_REFRESHES("support_search_index_refreshes", "Refreshes of this node's search index: changes after edits on any"
                + " node, full only when a node starts without a usable index directory", MetricUnits.NONE),
        INQUIRY_INDEX_REFRESHES("support_inquiry_index_refreshes", "Refreshes of this node's index of solved inquiries: changes"
                + " after closings and reopenings on any node, full only when a node starts without a usable index directory",
                MetricUnits.NONE),
        HTTP_REQUESTS("support_http_requests", "Requests to the portal's pages, files and API on this node by status class (2xx, 3xx,"
                + " 4xx, 5xx) and how long they took; health probes and scrapes are left out", MetricUnits.SECONDS),
        MAIL_UNSENT("support_mail_unsent", "Emails in the outbox that were not sent, by status: pending (waiting or retrying) and failed"
                + " (given up after 20 attempts; an admin resends them at /staff/admin/outbox)", MetricUnits.NONE),
        MAIL_OLDEST_UNSENT("support_mail_oldest_unsent_seconds", "Age of the oldest email not sent yet (0 when none waits)",
                MetricUnits.NONE),
        DB_CONNECTIONS("support_db_connections", "The portal's database connections on this node by state: active (lent to a"
                + " request or job), idle (open in the pool, not lent), waiting (requests waiting for a connection)", MetricUnits.NONE),
        DB_CONNECTIONS_MAX("support_db_connections_max", "The most connections this node's pool opens (web.xml)", MetricUnits.NONE);

        private final Metadata metadata;

        Series(String name, String description, String unit) {
            this.metadata = Metadata.builder().withName(name).withDescription(description).withUnit(unit).build();
        }

        public Metadata metadata() {
            return metadata;
        }
    }

    @Inject
    MetricRegistry registry;

    public Counter counter(Series series, Tag... tags) {
        return registry.counter(series.metadata(), tags);
    }

    public Timer timer(Series series, Tag... tags) {
        return registry.timer(series.metadata(), tags);
    }

    public <T extends Number> void gauge(Series series, Supplier<T> value, Tag... tags) {
        registry.gauge(series.metadata(), value, tags);
    }
}
