package io.supportcenter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.ops.DatabaseReport;
import io.supportcenter.persistence.db.FlywaySchemaMigration;
import io.supportcenter.persistence.db.JdbcDatabaseStatus;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

class MigrationTest {

    @Test
    void anEmptyDatabaseIsMigratedToTheNewestVersionAndASecondRunChangesNothing() {
        try (TestDatabase db = TestDatabase.create()) {
            MigrateResult first = FlywaySchemaMigration.flyway(db.dataSource()).migrate();
            assertTrue(first.migrationsExecuted >= 1);
            assertEquals(FlywaySchemaMigration.latestVersion(db.dataSource()), first.targetSchemaVersion);
            assertEquals("39", first.targetSchemaVersion);

            MigrateResult second = FlywaySchemaMigration.flyway(db.dataSource()).migrate();
            assertEquals(0, second.migrationsExecuted);

            assertEquals(3, db.count("SELECT COUNT(*) FROM team"));
            assertEquals(1, db.count("SELECT COUNT(*) FROM task_lock WHERE name = 'demo-data' AND completed_at IS NULL"));
        }
    }

    @Test
    void theStatusReportsTheSchemaVersionOnceMigrated() {
        try (TestDatabase db = TestDatabase.create()) {
            JdbcDatabaseStatus probe = new JdbcDatabaseStatus(db.dataSource());
            DatabaseReport before = probe.check();
            assertTrue(before.reachable());
            assertFalse(before.ready());
            assertNull(before.schemaVersion());

            db.migrate();
            DatabaseReport after = probe.check();
            assertTrue(after.ready(), () -> "not ready: " + after.problem());
            assertEquals(after.latestVersion(), after.schemaVersion());
        }
    }

    @Test
    void anUnreachableDatabaseIsReportedWithTheReason() {
        var dataSource = new io.supportcenter.persistence.db.ConfiguredDataSource();
        dataSource.setUrl("jdbc:postgresql://127.0.0.1:1/nowhere");
        dataSource.setUser("nobody");
        dataSource.setPassword("secret-value");
        DatabaseReport report = new JdbcDatabaseStatus(dataSource).check();
        assertFalse(report.reachable());
        assertFalse(report.ready());
        assertTrue(report.problem().startsWith("database unreachable"), report.problem());
        assertFalse(report.problem().contains("secret-value"));
    }
}
