package io.supportcenter.domain.commission;

import java.util.Optional;

/** Port to the received commission records; implemented in the persistence module. */
public interface CommissionRecordRepository {

    Optional<CommissionRecord> findByExternalId(String externalId);

    void add(CommissionRecord record);
}
