package io.supportcenter.domain.commission;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountRepository;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.staff.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Receives commission records, one or a batch, from the REST endpoint or a CSV import (SPEC §8). Each
 * record is judged on its own: accepted, a repeat of an external id already received (counted once), or
 * refused with a reason. A valid accepted record moves its account's last valid commission date (in the
 * business calendar's zone), which withdraws a standing dormancy warning.
 */
@ApplicationScoped
public class CommissionIntake {

    public static final int MAX_BATCH = 1_000;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private CommissionRecordRepository records;
    private AccountRepository accounts;
    private StaffUserRepository staff;
    private Policies policies;
    private Clock clock;

    protected CommissionIntake() {
        // for CDI proxies
    }

    @Inject
    public CommissionIntake(CommissionRecordRepository records, AccountRepository accounts, StaffUserRepository staff, Policies policies,
                            Clock clock) {
        this.records = records;
        this.accounts = accounts;
        this.staff = staff;
        this.policies = policies;
        this.clock = clock;
    }

    /** The records of a CSV file an admin imports in the console; the same judgement as {@link #receive}. */
    @Transactional
    public List<Outcome> importFile(Caller.Staff caller, List<CommissionInput> rows) {
        staff.requireAdmin(caller);
        return receive(rows, "import:" + caller.auditName());
    }

    /** Judges and keeps every record; the outcomes come in the order of the input. */
    @Transactional
    public List<Outcome> receive(List<CommissionInput> batch, String source) {
        Instant now = clock.instant();
        ZoneId zone = policies.now().serviceLevels().calendar().zone();
        Set<String> seen = new HashSet<>();
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            CommissionInput input = batch.get(i);
            String problem = problem(input);
            if (problem != null) {
                outcomes.add(new Outcome(i, input == null ? null : input.externalId(), Status.REFUSED, problem));
                continue;
            }
            if (!seen.add(input.externalId()) || records.findByExternalId(input.externalId()).isPresent()) {
                outcomes.add(new Outcome(i, input.externalId(), Status.REPEATED, null));
                continue;
            }
            Account account = accounts.findByNumber(input.accountNumber()).orElse(null);
            if (account == null) {
                outcomes.add(new Outcome(i, input.externalId(), Status.REFUSED, "unknown-account"));
                continue;
            }
            CommissionInput tidy = new CommissionInput(input.externalId(), input.accountNumber(), input.amount(),
                    input.currency().toUpperCase(Locale.ROOT), input.eventTime(), input.valid());
            records.add(new CommissionRecord(tidy, now, source));
            if (Boolean.TRUE.equals(input.valid())) {
                account.recordValidCommission(LocalDate.ofInstant(input.eventTime(), zone));
            }
            outcomes.add(new Outcome(i, input.externalId(), Status.ACCEPTED, null));
        }
        return outcomes;
    }

    /** Why a record cannot be taken, as a stable code for machines (and a message key suffix for people), or null. */
    private String problem(CommissionInput input) {
        if (input == null) {
            return "not-a-record";
        }
        if (input.externalId() == null || input.externalId().isBlank() || input.externalId().length() > 100) {
            return "external-id";
        }
        if (input.accountNumber() == null || input.accountNumber().isBlank()) {
            return "account-number";
        }
        if (input.amount() == null || input.amount().scale() > 4 || input.amount().precision() - input.amount().scale() > 15) {
            return "amount";
        }
        if (input.currency() == null || !CURRENCY.matcher(input.currency().toUpperCase(Locale.ROOT)).matches()) {
            return "currency";
        }
        if (input.eventTime() == null || input.eventTime().isAfter(clock.instant().plusSeconds(86_400))) {
            return "event-time";
        }
        if (input.valid() == null) {
            return "valid";
        }
        return null;
    }

    /** How one record fared. */
    public enum Status {
        ACCEPTED, REPEATED, REFUSED
    }

    /**
     * One record's outcome.
     *
     * @param index  its place in the batch, from 0
     * @param reason for a refusal: {@code external-id}, {@code account-number}, {@code amount}, {@code currency},
     *               {@code event-time}, {@code valid}, {@code unknown-account} or {@code not-a-record}
     */
    public record Outcome(int index, String externalId, Status status, String reason) {
    }
}
