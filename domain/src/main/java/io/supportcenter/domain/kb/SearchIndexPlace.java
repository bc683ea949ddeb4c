package io.supportcenter.domain.kb;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where this node keeps its search index: a directory of its own disk, so that a restart only indexes what
 * changed meanwhile, or nowhere (in memory, built at every start).
 */
public record SearchIndexPlace(Optional<Path> directory) {

    public static SearchIndexPlace inMemory() {
        return new SearchIndexPlace(Optional.empty());
    }
}
