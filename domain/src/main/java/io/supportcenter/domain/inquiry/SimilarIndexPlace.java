package io.supportcenter.domain.inquiry;

import java.nio.file.Path;
import java.util.Optional;

/** Where this node keeps its solved-inquiry index: a directory of its own disk, or nowhere (in memory, built at every start). */
public record SimilarIndexPlace(Optional<Path> directory) {

    public static SimilarIndexPlace inMemory() {
        return new SimilarIndexPlace(Optional.empty());
    }
}
