package io.supportcenter.web.api;

import io.supportcenter.domain.commission.CommissionIntake.Outcome;
import io.supportcenter.domain.commission.CommissionIntake.Status;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a batch: how many records fared how, and each record's outcome in the order sent. */
@Schema(name = "CommissionReport", description = "Counts by outcome and one result per record, in the order sent")
@JsonbPropertyOrder({"accepted", "repeated", "refused", "results"})
public record CommissionReport(long accepted, long repeated, long refused, List<Result> results) {

    static CommissionReport of(List<Outcome> outcomes) {
        return new CommissionReport(count(outcomes, Status.ACCEPTED), count(outcomes, Status.REPEATED), count(outcomes, Status.REFUSED),
                outcomes.stream().map(o -> new Result(o.index(), o.status().name(), o.externalId(), o.reason())).toList());
    }

    boolean anyRefused() {
        return refused > 0;
    }

    private static long count(List<Outcome> outcomes, Status status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }

    /** One record's outcome. */
    @Schema(name = "CommissionResult")
    @JsonbPropertyOrder({"index", "status", "externalId", "reason"})
    public record Result(
            @Schema(description = "The record's place in the batch, from 0") int index,
            @Schema(enumeration = {"ACCEPTED", "REPEATED", "REFUSED"}) String status,
            @Schema(description = "The record's external id, when it had one") String externalId,
            @Schema(description = "Why it was refused: external-id, account-number, amount, currency, event-time, valid,"
                    + " unknown-account or not-a-record") String reason) {
    }
}
