package io.supportcenter.web.kb;

import io.supportcenter.domain.kb.SearchLog;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the searches still waiting when the application stops. It runs as the web module stops: by the time
 * application-scoped beans are destroyed, Payara has already taken the application's data source away.
 */
@WebListener
public class SearchLogAtShutdown implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SearchLogAtShutdown.class.getName());

    @Inject
    SearchLog searchLog;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        try {
            int written = searchLog.flush();
            if (written > 0) {
                LOG.info(() -> "Search log: " + written + " searches written as the application stops");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The search log could not be written as the application stopped; its last searches are lost", e);
        }
    }
}
