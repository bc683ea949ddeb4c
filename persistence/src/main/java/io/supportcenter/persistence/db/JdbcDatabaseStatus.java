package io.supportcenter.persistence.db;

import io.supportcenter.domain.ops.DatabaseReport;
import io.supportcenter.domain.ops.DatabaseStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reports whether the database answers and which schema version it holds, for readiness and the
 * start-up log. Reads the version from Flyway's history table with plain JDBC, so a probe costs one
 * short query; the newest shipped version is computed once.
 */
@ApplicationScoped
public class JdbcDatabaseStatus implements DatabaseStatus {

    private static final int VALIDATION_SECONDS = 3;

    @Resource(lookup = FlywaySchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    private volatile String latestVersion;

    protected JdbcDatabaseStatus() {
        // for CDI
    }

    /** For use outside a container (tests). */
    public JdbcDatabaseStatus(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<String> unreachable() {
        // The portal's own start asks first: the deployment is over.
        ConfiguredDataSource.deployed();
        Config config = ConfigProvider.getConfig();
        ConfiguredDataSource direct = new ConfiguredDataSource();
        String url = config.getOptionalValue("support.db.url", String.class).orElse("");
        direct.setUrl(url);
        direct.setUser(config.getOptionalValue("support.db.user", String.class).orElse(""));
        direct.setPassword(config.getOptionalValue("support.db.password", String.class).orElse(""));
        direct.setLoginTimeout(VALIDATION_SECONDS);
        try (Connection connection = direct.getConnection()) {
            return connection.isValid(VALIDATION_SECONDS) ? Optional.empty()
                    : Optional.of("the database at " + DatabaseLocation.describe(url) + " did not answer a validation query");
        } catch (SQLException e) {
            return Optional.of(e.getMessage() + " (" + DatabaseLocation.describe(url) + ")");
        }
    }

    @Override
    public DatabaseReport check() {
        ConfiguredDataSource.deployed();
        String product = null;
        String location = null;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            location = DatabaseLocation.describe(meta.getURL());
            if (!connection.isValid(VALIDATION_SECONDS)) {
                return new DatabaseReport(false, product, location, null, latest(), "the database did not answer a validation query");
            }
            String current = currentVersion(connection);
            String latest = latest();
            DatabaseReport found = new DatabaseReport(true, product, location, current, latest, null);
            String problem = current == null ? "the schema has not been migrated"
                    : current.equals(latest) ? null
                    : found.schemaAhead() ? "the database's schema is at version " + current + ", newer than this build's " + latest
                            + ": a newer build migrated it; run that build on this node (or restore the backup taken before the upgrade)"
                    : "schema version " + current + " but this build expects " + latest;
            return new DatabaseReport(true, product, location, current, latest, problem);
        } catch (SQLException | RuntimeException e) {
            return new DatabaseReport(false, product, location, null, null, "database unreachable: " + e.getMessage());
        }
    }

    private String latest() {
        String known = latestVersion;
        if (known == null) {
            known = FlywaySchemaMigration.latestVersion(dataSource);
            latestVersion = known;
        }
        return known;
    }

    private static String currentVersion(Connection connection) throws SQLException {
        String sql = "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL"
                + " ORDER BY \"installed_rank\" DESC";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException missingTable) {
            return null;
        }
    }
}
