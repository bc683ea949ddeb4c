package io.supportcenter.web.health;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Counts the HTTP sessions this node creates as {@code support_sessions_created_total} on /metrics. Sessions
 * begin at login only: a counter that rises with anonymous traffic means some page started keeping state
 * for visitors again, each session replicated through the cluster for its whole timeout.
 */
@WebListener
public class SessionsCreated implements HttpSessionListener {

    @Inject
    PortalMetrics metrics;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        metrics.counter(PortalMetrics.Series.SESSIONS_CREATED).inc();
    }
}
