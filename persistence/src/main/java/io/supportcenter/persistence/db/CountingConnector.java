package io.supportcenter.persistence.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.util.Properties;
import org.eclipse.persistence.sessions.Connector;
import org.eclipse.persistence.sessions.Session;

/** EclipseLink's way to the data source, counting the connections it borrows and the threads waiting for one. */
final class CountingConnector implements Connector {

    private static final long serialVersionUID = 1L;

    private final Connector connector;

    CountingConnector(Connector connector) {
        this.connector = connector;
    }

    @Override
    public Connection connect(Properties properties, Session session) {
        ConnectionCounts.WAITING.incrementAndGet();
        Connection connection;
        try {
            connection = connector.connect(properties, session);
        } finally {
            ConnectionCounts.WAITING.decrementAndGet();
        }
        return ConnectionCounts.counted(connection, ConnectionCounts.LENT);
    }

    @Override
    public Object clone() {
        return new CountingConnector((Connector) connector.clone());
    }

    @Override
    public void toString(PrintWriter writer) {
        connector.toString(writer);
    }

    @Override
    public String getConnectionDetails() {
        return connector.getConnectionDetails();
    }
}
