package io.supportcenter.domain.mail;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An email in the outbox. Invariant: a mail is sent by one node at a time (it is claimed for a
 * short lease before sending), and once SENT it never goes back to PENDING. Failed attempts back
 * off exponentially up to an hour; after {@link #MAX_ATTEMPTS} the mail is FAILED for an admin to see.
 * Secret values (a system password, a link's token) are kept sealed while the mail waits and blanked once it is sent.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_ATTEMPTS = 20;
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final String BLANKED = "(removed after sending)";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_mail_seq")
    @SequenceGenerator(name = "outgoing_mail_seq", sequenceName = "outgoing_mail_seq", allocationSize = 50)
    private Long id;

    @Column(name = "template", nullable = false, length = 80)
    private String template;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "language", nullable = false, length = 35)
    private String language;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outgoing_mail_value", joinColumns = @JoinColumn(name = "mail_id"))
    @MapKeyColumn(name = "name", length = 60)
    @Column(name = "content", length = 2000)
    private Map<String, String> values = new HashMap<>();

    /** Comma-separated names of the values to blank once sent. */
    @Column(name = "secret_values", length = 300)
    private String secretValues;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MailStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 80)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OutgoingMail() {
        // for JPA
    }

    public OutgoingMail(MailRequest request, Instant now, SecretSeal seal) {
        this.template = request.template();
        this.recipient = request.recipient();
        this.language = request.language().toLanguageTag();
        this.values = new HashMap<>(request.values());
        this.secretValues = String.join(",", request.secrets());
        for (String secret : request.secrets()) {
            values.computeIfPresent(secret, (name, value) -> seal.seal(value));
        }
        this.status = MailStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(Instant at) {
        status = MailStatus.SENT;
        sentAt = at;
        claimedBy = null;
        claimedUntil = null;
        lastError = null;
        for (String secret : secrets()) {
            values.computeIfPresent(secret, (name, value) -> BLANKED);
        }
    }

    /** Records a failed attempt; the next one waits {@code firstRetry}, doubling each time up to an hour. */
    public void attemptFailed(Instant at, String error, Duration firstRetry) {
        if (status == MailStatus.SENT) {
            return;
        }
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        claimedBy = null;
        claimedUntil = null;
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
            return;
        }
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 16));
        nextAttemptAt = at.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait);
    }

    /** Gives up on the mail at once: no attempt could send it. */
    public void unsendable(Instant at, String error) {
        attemptFailed(at, error, LONGEST_RETRY);
        if (status != MailStatus.SENT) {
            status = MailStatus.FAILED;
        }
    }

    /** Sends it again soon (an admin's choice after it FAILED). */
    public void retryNow(Instant at) {
        if (status == MailStatus.FAILED) {
            status = MailStatus.PENDING;
            attempts = 0;
        }
        nextAttemptAt = at;
    }

    private Set<String> secrets() {
        if (secretValues == null || secretValues.isBlank()) {
            return Set.of();
        }
        return new HashSet<>(Arrays.asList(secretValues.split(",")));
    }

    public Long getId() {
        return id;
    }

    public String getTemplate() {
        return template;
    }

    public String getRecipient() {
        return recipient;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    /** The values as stored: secrets sealed while the mail waits, blanked once it was sent. */
    public Map<String, String> getValues() {
        return Collections.unmodifiableMap(values);
    }

    /**
     * The values to write the mail with: secrets opened with {@code seal} when {@code reveal}, else each replaced by
     * {@code hidden}.
     *
     * @throws SecretSeal.Unreadable when a secret was sealed with another key
     */
    public Map<String, String> values(SecretSeal seal, boolean reveal, String hidden) {
        Map<String, String> readable = new HashMap<>(values);
        for (String secret : secrets()) {
            readable.computeIfPresent(secret, (name, value) -> !SecretSeal.isSealed(value) ? value : reveal ? seal.open(value) : hidden);
        }
        return readable;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> getSentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<String> getLastError() {
        return Optional.ofNullable(lastError);
    }
}
