package io.supportcenter.persistence.db;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.eclipse.persistence.platform.database.H2Platform;
import org.eclipse.persistence.platform.database.PostgreSQL10Platform;
import org.eclipse.persistence.sessions.Session;

/**
 * Tells EclipseLink which database it talks to from the configured URL ({@code support.db.url}) instead of asking the
 * database while it logs in, which it does while the portal is deployed, perhaps before the database is there; and counts
 * the connections EclipseLink borrows ({@link CountingConnector}).
 */
public class ConfiguredPlatform implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        String url = ConfigProvider.getConfig().getOptionalValue("support.db.url", String.class).orElse("");
        // usePlatform, not setPlatform: it keeps what the persistence unit configured on the platform (its sequences).
        session.getLogin().usePlatform(platformFor(url));
        session.getLogin().setConnector(new CountingConnector(session.getLogin().getConnector()));
    }

    static DatabasePlatform platformFor(String url) {
        return url.startsWith(DatabaseLocation.POSTGRESQL_PREFIX) ? new PostgreSQL10Platform() : new H2Platform();
    }
}
