package io.supportcenter.domain.commission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One commission event as an integration reported it; its external id makes a repeated report harmless. */
@Entity
@Table(name = "commission_record")
public class CommissionRecord {

    @Id
    @Column(name = "external_id", length = 100)
    private String externalId;

    @Column(name = "account_number", nullable = false, length = 20)
    private String accountNumber;

    @Column(name = "amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "event_time", nullable = false)
    private Instant eventTime;

    @Column(name = "valid", nullable = false)
    private boolean valid;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** Which integration sent it ({@code api-key:7}, {@code import:staff:3}). */
    @Column(name = "source", nullable = false, length = 80)
    private String source;

    protected CommissionRecord() {
        // for JPA
    }

    CommissionRecord(CommissionInput input, Instant receivedAt, String source) {
        this.externalId = input.externalId();
        this.accountNumber = input.accountNumber();
        this.amount = input.amount();
        this.currency = input.currency();
        this.eventTime = input.eventTime();
        this.valid = input.valid();
        this.receivedAt = receivedAt;
        this.source = source;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public boolean isValid() {
        return valid;
    }

    public Instant getEventTime() {
        return eventTime;
    }
}
