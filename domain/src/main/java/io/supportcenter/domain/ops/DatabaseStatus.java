package io.supportcenter.domain.ops;

/** Port that reports on the database; implemented in the persistence module. */
public interface DatabaseStatus {

    DatabaseReport check();
}
