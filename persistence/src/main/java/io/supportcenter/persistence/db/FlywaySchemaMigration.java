package io.supportcenter.persistence.db;

import io.supportcenter.domain.ops.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Migrates the schema with Flyway. Scripts under {@code db/migration/common} run everywhere; those
 * under {@code db/migration/postgresql} only there (for what H2 cannot express), and
 * {@code db/migration/h2} holds H2's stand-ins where both need the same version. Flyway's own lock
 * on its history table lets two nodes start together safely.
 */
@ApplicationScoped
public class FlywaySchemaMigration implements SchemaMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/support";
    private static final String COMMON = "classpath:db/migration/common";

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @Override
    public String migrate() {
        Flyway flyway = flyway(dataSource);
        flyway.migrate();
        return versionText(flyway.info().current());
    }

    /** The newest version this build ships for the database behind {@code dataSource}. */
    public static String latestVersion(DataSource dataSource) {
        MigrationInfo[] all = flyway(dataSource).info().all();
        MigrationVersion latest = null;
        for (MigrationInfo info : all) {
            if (info.getVersion() != null && (latest == null || info.getVersion().isNewerThan(latest.getVersion()))) {
                latest = info.getVersion();
            }
        }
        return latest == null ? null : latest.getVersion();
    }

    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(FlywaySchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(dataSource))
                .cleanDisabled(true)
                .load();
    }

    private static String[] locations(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return "PostgreSQL".equalsIgnoreCase(product)
                    ? new String[] {COMMON, "classpath:db/migration/postgresql"}
                    : new String[] {COMMON, "classpath:db/migration/h2"};
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }

    private static String versionText(MigrationInfo current) {
        return current == null || current.getVersion() == null ? null : current.getVersion().getVersion();
    }
}
