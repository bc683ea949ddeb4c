package io.supportcenter.domain.sales;

import java.time.Instant;
import java.util.List;

/** Port to the stored sales leads; implemented in the persistence module. */
public interface SalesLeadRepository {

    void add(SalesLead lead);

    /** The leads newest first, one page of them. */
    List<SalesLead> newestFirst(int offset, int limit);

    long count();

    /** How many leads came from this client address since {@code since}. */
    long countFromClientSince(String clientAddress, Instant since);
}
