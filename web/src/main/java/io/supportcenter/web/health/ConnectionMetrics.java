package io.supportcenter.web.health;

import io.supportcenter.domain.ops.ConnectionUse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Tag;

/** The portal's database connections on /metrics: {@code support_db_connections{state=active|idle|waiting}} and the most. */
@ApplicationScoped
public class ConnectionMetrics {

    /** As web.xml's data source says: max-pool-size. */
    static final int MOST = 32;

    @Inject
    ConnectionUse connections;

    @Inject
    PortalMetrics metrics;

    public void register() {
        metrics.gauge(PortalMetrics.Series.DB_CONNECTIONS, connections::lent, new Tag("state", "active"));
        metrics.gauge(PortalMetrics.Series.DB_CONNECTIONS, connections::idle, new Tag("state", "idle"));
        metrics.gauge(PortalMetrics.Series.DB_CONNECTIONS, connections::waiting, new Tag("state", "waiting"));
        metrics.gauge(PortalMetrics.Series.DB_CONNECTIONS_MAX, () -> MOST);
    }
}
