package io.supportcenter.domain.ops;

/** Port that reports on the database; implemented in the persistence module. */
public interface DatabaseStatus {

    DatabaseReport check();

    /**
     * Why the database cannot be reached now, asked over a connection of its own rather than the server's pool (whose
     * every failed attempt fills the log while a node waits for its database), with where it was looked for (its
     * address without secrets); empty when it answers.
     */
    java.util.Optional<String> unreachable();
}
