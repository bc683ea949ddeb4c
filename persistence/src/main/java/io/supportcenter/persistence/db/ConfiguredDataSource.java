package io.supportcenter.persistence.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source class named in {@code web.xml}. Its URL comes from configuration
 * ({@code support.db.url}), so the same WAR runs on the embedded H2 database or on PostgreSQL; this
 * class picks the driver that the URL names. The server pools the connections it returns.
 */
public class ConfiguredDataSource implements DataSource {

    /** True until the portal runs its own start: only then does an unreachable database stop being the deployment's problem. */
    private static volatile boolean deploying = true;

    private String url;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    /**
     * Says that the deployment is over: from now on an unreachable database is reported as such, and the portal waits for
     * it (see {@link StandInConnection} for what happens before).
     */
    public static void deployed() {
        deploying = false;
    }

    static boolean isDeploying() {
        return deploying;
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        try {
            return ConnectionCounts.counted(connect(username, pass), ConnectionCounts.OPEN);
        } catch (SQLException unreachable) {
            if (deploying && url != null && !url.isBlank()) {
                return StandInConnection.because(unreachable);
            }
            throw unreachable;
        }
    }

    private Connection connect(String username, String pass) throws SQLException {
        Driver driver = driverFor(url);
        Properties properties = new Properties();
        if (username != null && !username.isEmpty()) {
            properties.setProperty("user", username);
        }
        if (pass != null && !pass.isEmpty()) {
            properties.setProperty("password", pass);
        }
        if (loginTimeout > 0 && url.startsWith(DatabaseLocation.POSTGRESQL_PREFIX)) {
            properties.setProperty("loginTimeout", Integer.toString(loginTimeout));
        }
        Connection connection = driver.connect(url, properties);
        if (connection == null) {
            throw new SQLException("The driver refused the database URL " + DatabaseLocation.describe(url));
        }
        return connection;
    }

    static Driver driverFor(String url) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL is configured (support.db.url)");
        }
        if (url.startsWith(DatabaseLocation.H2_PREFIX)) {
            return new org.h2.Driver();
        }
        if (url.startsWith(DatabaseLocation.POSTGRESQL_PREFIX)) {
            return new org.postgresql.Driver();
        }
        throw new SQLException("Unsupported database URL " + DatabaseLocation.describe(url)
                + ": support.db.url must start with jdbc:h2: or jdbc:postgresql:");
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
