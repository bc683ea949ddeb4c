package io.supportcenter.domain.inquiry;

import java.util.List;
import java.util.Optional;

/** Port to the latest report of repeated questions; implemented in the persistence module. */
public interface RepeatedQuestionRepository {

    /** Replaces the whole report with these. */
    void replaceAll(List<RepeatedQuestion> questions);

    /** The report, most asked first. */
    List<RepeatedQuestion> findAll();

    Optional<RepeatedQuestion> findById(long id);
}
