package io.supportcenter.domain.ops;

/**
 * Port that brings the database schema to this build's version; implemented in the persistence
 * module with Flyway and called once at start-up, before anything uses JPA.
 */
public interface SchemaMigration {

    /** @return the schema version after migrating */
    String migrate();
}
