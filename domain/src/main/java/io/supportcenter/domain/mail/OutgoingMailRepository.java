package io.supportcenter.domain.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port to the outbox; implemented in the persistence module. */
public interface OutgoingMailRepository {

    void add(OutgoingMail mail);

    Optional<OutgoingMail> findById(long id);

    /** Ids of pending mails whose next attempt is due and that nobody holds a lease on, oldest first. */
    List<Long> findDue(Instant now, int limit);

    /**
     * Takes a lease on one mail for {@code node} until {@code until}, atomically: true only for the
     * one caller whose conditional update changed the row.
     */
    boolean claim(long id, String node, Instant now, Instant until);

    List<OutgoingMail> newest(int offset, int limit);

    long count();

    /** How many mails are not sent, by status (PENDING, FAILED), and when the oldest of them was queued. */
    Unsent unsent();

    /** The outbox's backlog. */
    record Unsent(long pending, long failed, java.util.Optional<Instant> oldest) {
    }
}
