package io.supportcenter.domain.commission;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A commission as it arrives (REST or CSV), before checking. Fields may be missing; {@link CommissionIntake}
 * says which.
 */
public record CommissionInput(String externalId, String accountNumber, BigDecimal amount, String currency, Instant eventTime,
                              Boolean valid) {
}
