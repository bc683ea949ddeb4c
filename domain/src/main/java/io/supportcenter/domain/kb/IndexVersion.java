package io.supportcenter.domain.kb;

import java.util.Optional;

/**
 * What a search index kept on disk reflects: the knowledge base of the database named {@code databaseKey}, up to
 * and including its change {@code change}.
 */
public record IndexVersion(String databaseKey, long change) {

    /**
     * Where a refresh of a node's index starts: the version this node knows its index reflects, else the one the index
     * kept on disk if it is this database's and not ahead of it; null when the index must be built from everything.
     */
    public static IndexVersion resumeFrom(IndexVersion known, Optional<IndexVersion> kept, String databaseKey, long current) {
        return known != null ? known : kept.filter(version -> version.databaseKey().equals(databaseKey) && version.change() <= current)
                .orElse(null);
    }
}
