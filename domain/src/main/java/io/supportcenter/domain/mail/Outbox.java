package io.supportcenter.domain.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's use cases. {@link #enqueue} joins the caller's transaction, so an email exists exactly
 * when the change that caused it was committed. The sender claims due mails one by one with a lease
 * (so two nodes never send the same mail), sends outside any transaction, then records the result.
 */
@ApplicationScoped
public class Outbox {

    private OutgoingMailRepository mails;
    private OutboxPolicy policy;
    private Clock clock;

    protected Outbox() {
        // for CDI proxies
    }

    @Inject
    public Outbox(OutgoingMailRepository mails, OutboxPolicy policy, Clock clock) {
        this.mails = mails;
        this.policy = policy;
        this.clock = clock;
    }

    /** Stores the mails of an event in the transaction that fired it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void on(@Observes Mailed event) {
        event.mails().forEach(this::enqueue);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(MailRequest request) {
        mails.add(new OutgoingMail(request, clock.instant(), policy.seal()));
    }

    /** Claims up to {@code limit} due mails for {@code node}; each returned mail is this node's to send. */
    @Transactional
    public List<OutgoingMail> claimDue(String node, int limit) {
        Instant now = clock.instant();
        List<OutgoingMail> claimed = new ArrayList<>();
        for (Long id : mails.findDue(now, limit)) {
            if (mails.claim(id, node, now, now.plus(policy.lease()))) {
                mails.findById(id).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    /** How the secrets of waiting mails are sealed: for whoever writes a mail out. */
    public SecretSeal seal() {
        return policy.seal();
    }

    @Transactional
    public void markSent(long id) {
        mails.findById(id).ifPresent(mail -> mail.sent(clock.instant()));
    }

    @Transactional
    public void markFailed(long id, String error) {
        mails.findById(id).ifPresent(mail -> mail.attemptFailed(clock.instant(), error, policy.firstRetry()));
    }

    /** A mail that no attempt can send (its secret cannot be read): FAILED at once, for an admin to see. */
    @Transactional
    public void markUnsendable(long id, String error) {
        mails.findById(id).ifPresent(mail -> mail.unsendable(clock.instant(), error));
    }

    @Transactional
    public void retryNow(long id) {
        mails.findById(id).ifPresent(mail -> mail.retryNow(clock.instant()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutgoingMail> newest(int offset, int limit) {
        return mails.newest(offset, limit);
    }

    /** The mails not sent yet, for the metrics an operator alerts on. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OutgoingMailRepository.Unsent unsent() {
        return mails.unsent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return mails.count();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OutgoingMail> find(long id) {
        return mails.findById(id);
    }
}
