package io.supportcenter.persistence;

import io.supportcenter.persistence.db.ConfiguredDataSource;
import io.supportcenter.persistence.db.FlywaySchemaMigration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A fresh, empty database for one test class: an in-memory H2 database by default, or a new schema
 * in the PostgreSQL database named by {@code -Dtest.db.url=jdbc:postgresql:...} (the CI pass).
 */
public final class TestDatabase implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private EntityManagerFactory emf;

    private TestDatabase(String url, String user, String password, String schema) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
    }

    public static TestDatabase create() {
        String configured = System.getProperty("test.db.url", "h2");
        String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (!configured.startsWith("jdbc:postgresql:")) {
            return new TestDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "", null);
        }
        String user = System.getProperty("test.db.user", "support");
        String password = System.getProperty("test.db.password", "support");
        TestDatabase base = new TestDatabase(configured, user, password, null);
        base.execute("CREATE SCHEMA " + name);
        String separator = configured.contains("?") ? "&" : "?";
        return new TestDatabase(configured + separator + "currentSchema=" + name, user, password, name);
    }

    public boolean isPostgreSql() {
        return url.startsWith("jdbc:postgresql:");
    }

    public ConfiguredDataSource dataSource() {
        ConfiguredDataSource dataSource = new ConfiguredDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    public TestDatabase migrate() {
        FlywaySchemaMigration.flyway(dataSource()).migrate();
        return this;
    }

    public EntityManagerFactory entityManagerFactory() {
        if (emf == null) {
            emf = Persistence.createEntityManagerFactory("support-test", Map.of(
                    "jakarta.persistence.jdbc.url", url,
                    "jakarta.persistence.jdbc.user", user,
                    "jakarta.persistence.jdbc.password", password,
                    "jakarta.persistence.jdbc.driver", isPostgreSql() ? "org.postgresql.Driver" : "org.h2.Driver"));
        }
        return emf;
    }

    public void execute(String sql) {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public long count(String sql) {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** How many connections wait for a row lock another transaction holds right now. */
    public long waitingForLocks() {
        return count(isPostgreSql()
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL");
    }

    /** Runs {@code work} in a transaction of a new entity manager and commits; a failure rolls back. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = entityManagerFactory().createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        if (emf != null) {
            emf.close();
        }
        if (schema != null) {
            String baseUrl = url.substring(0, url.indexOf("currentSchema=") - 1);
            new TestDatabase(baseUrl, user, password, null).execute("DROP SCHEMA " + schema + " CASCADE");
        } else {
            execute("SHUTDOWN");
        }
    }
}
