package io.supportcenter.domain.ops;

/**
 * What is known about the database: whether it answers, which product it is, the schema version it
 * has and the newest version this build ships. {@code problem} says why it is not ready, if it is not.
 */
public record DatabaseReport(boolean reachable, String product, String location, String schemaVersion,
                             String latestVersion, String problem) {

    /** Whether the database holds a newer schema than this build knows: a newer build migrated it. */
    public boolean schemaAhead() {
        return schemaVersion != null && latestVersion != null && compare(schemaVersion, latestVersion) > 0;
    }

    /** Compares Flyway versions ("34", "2.1") part by part as numbers. */
    static int compare(String a, String b) {
        String[] left = a.split("[._]");
        String[] right = b.split("[._]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? Long.parseLong(left[i]) : 0;
            long r = i < right.length ? Long.parseLong(right[i]) : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }

    /** Why it is not ready in a few words, for an anonymous health probe (no addresses, no versions). */
    public String briefProblem() {
        return ready() ? null : schemaAhead() ? "the database's schema is newer than this build"
                : reachable ? "the database is not ready" : "database unreachable";
    }

    public boolean ready() {
        return reachable && problem == null && schemaVersion != null && schemaVersion.equals(latestVersion);
    }
}
