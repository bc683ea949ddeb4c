package io.supportcenter.domain.inquiry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port to the staged files; implemented in the persistence module. */
public interface StagedFileRepository {

    void add(StagedFile file);

    Optional<StagedFile> find(String id);

    /** Removes those of the files that belong to {@code owner}, without reading their contents. */
    void removeOwned(String owner, List<String> ids);

    /** What a page shows of those of the files that belong to {@code owner} and are still staged, without their contents. */
    List<StagedFileInfo> infosOwned(String owner, List<String> ids);

    /** The bytes {@code owner} has staged now. */
    long stagedBytes(String owner);

    /** Removes the files staged before {@code cutoff}; returns how many. */
    int removeStagedBefore(Instant cutoff);
}
