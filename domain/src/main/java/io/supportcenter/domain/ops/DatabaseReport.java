package io.supportcenter.domain.ops;

/**
 * What is known about the database: whether it answers, which product it is, the schema version it
 * has and the newest version this build ships. {@code problem} says why it is not ready, if it is not.
 */
public record DatabaseReport(boolean reachable, String product, String location, String schemaVersion,
                             String latestVersion, String problem) {

    public boolean ready() {
        return reachable && problem == null && schemaVersion != null && schemaVersion.equals(latestVersion);
    }
}
